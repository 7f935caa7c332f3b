# The two commands that set up everything on a fresh machine:
#   make demo   - create .venv, install latticework, run the main job on the bundled sample corpus
#                 and open the explorer on http://127.0.0.1:8000/ (SERVE=0 stops before serving)
#   make test   - create .venv, install latticework with test extras, run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= demo-output
SERVE ?= 1
PORT ?= 8000

.PHONY: demo test venv clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

venv: $(BIN)/activate
	$(BIN)/pip install -q -e '.[test]'

demo: venv
	@mkdir -p $(OUT)
	@for f in samples/*.txt samples/*.md samples/*.html samples/*.pdf; do \
	  [ -e "$$f" ] || continue; \
	  case "$$f" in samples/README.md|samples/pdf-source.txt) continue;; esac; \
	  name=$$(basename "$$f"); \
	  echo "== $$f"; \
	  $(BIN)/latticework inspect "$$f" --json > "$(OUT)/$$name.inspect.json" || exit 1; \
	  $(BIN)/latticework clean "$$f" > "$(OUT)/$$name.clean.txt" || exit 1; \
	  $(BIN)/latticework entities "$$f" --json > "$(OUT)/$$name.entities.json" || exit 1; \
	  $(BIN)/latticework extract "$$f" --jsonl > "$(OUT)/$$name.events.jsonl" || exit 1; \
	  $(BIN)/latticework inspect "$$f"; \
	  echo "   $$(wc -l < "$(OUT)/$$name.events.jsonl") events"; \
	done
	@rm -f $(OUT)/latticework.sqlite
	$(BIN)/latticework ingest samples --db $(OUT)/latticework.sqlite
	$(BIN)/latticework search 全面戰略夥伴關係 --db $(OUT)/latticework.sqlite
	@echo "structure, cleaned text, linked mentions and events written to $(OUT)/; knowledge base in $(OUT)/latticework.sqlite"
	@if [ "$(SERVE)" = "1" ]; then $(BIN)/latticework serve --db $(OUT)/latticework.sqlite --port $(PORT); fi

test: venv
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
