"""Setting the company up in the window: Company ▸ settings, teams and members, the territory
tree, pipelines and stages, agencies, accounts, deals, exchange rates and users, each a list
with an editor, history (Ctrl+H) and undo; and the guided first start of an empty company."""
