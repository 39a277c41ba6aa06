"""Fit the section model and store it (`employer-assist train --knowledge`).

    python -m knowledge.train

The section model (knowledge/classifier.py, "logreg") learns each section from its heading,
its `asked` phrasings, its sentences and the training questions (data/train_questions.jsonl);
fitting takes seconds, so it is stored in model/sections.npz with a fingerprint of exactly what
it was fitted on. `KnowledgeBase.load` reads it when the fingerprint matches and fits afresh
when it does not (a document, a phrasing or a setting changed), so a stale file costs start-up
time, never a wrong ranking. Run this after changing the documents or the training questions.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .retrieval import SECTION_MODEL_FILE, KnowledgeBase


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="employer-assist train --knowledge",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SECTION_MODEL_FILE, help="where the model goes")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    kb = KnowledgeBase.load(section_model=None)
    if kb.config.classifier_method != "logreg":
        print("the section model is centroids (no fitting): nothing to store")
        return 0
    kb.save_section_model(args.out)
    print(f"section model fitted in {time.perf_counter() - started:.1f}s: {len(kb.sections())} sections, "
          f"fingerprint {kb.section_model_fingerprint[:12]}, written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
