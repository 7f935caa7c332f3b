"""Check this entity gold folder (or the one given): see tools/validate_entity_gold.py.
    python gold/dev/entities/validate.py [OTHER_FOLDER]"""
import pathlib, runpy, sys
HERE = pathlib.Path(__file__).resolve()
sys.argv = [sys.argv[0], sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent)]
runpy.run_path(str(HERE.parents[3] / "tools" / "validate_entity_gold.py"), run_name="__main__")
