from editor_app.app import main

raise SystemExit(main())
