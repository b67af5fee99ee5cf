"""Allow ``python -m extractor``."""

from extractor.cli import main

raise SystemExit(main())
