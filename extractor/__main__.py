"""Allow ``python -m extractor``."""

from extractor.cli.main import main

raise SystemExit(main())
