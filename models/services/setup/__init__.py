"""Setting a company up and keeping every record editable: one small module per record kind.

    teams        teams (sales model, manager, probation rule, default pipeline, time zone) and members
    territories  the territory tree: create, rename, move without cycles, archive, potential
    pipelines    pipelines, their stages and their own lost reasons; a team's default pipeline
    agencies     outsourcing agencies: contact, contract, fee model, notice period
    accounts     client companies: owner, territory, segment, client or potential, turnover
    deals        every field of a deal, splitting one in two, bulk reassignment, delete (restore
                 through models.services.history.restore_deleted)

Conventions shared by all (see common.py): each function opens its own session and returns plain
frozen records; `acting` is the signed-in models.services.users.CurrentUser; a save takes the
record with the `version` it was loaded at and raises models.db.retry.EditConflict when someone
else saved or deleted it since (nothing is overwritten); a refused action raises
PermissionDenied with one sentence (on PostgreSQL the server refuses as well); wrong input raises
ValidationError naming each field. Every change is audited and shows in models.services.history.
"""
