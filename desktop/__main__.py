from desktop.main import main

raise SystemExit(main())
