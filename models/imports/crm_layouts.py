"""What the common CRMs call things in their deal exports: header names and default stage names.

Each layout lists the headers it is recognised by, and the CRM's default stage names with the role
each plays in a Repdesk pipeline. Header synonyms of all layouts are merged into the field specs, so
a file that mixes conventions still matches; the layout decides how stage names are read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from models.domain.funnel import DealSource, StageRole
from models.imports.tabular import FieldSpec, normalize_header

R = StageRole


@dataclass(frozen=True)
class CrmLayout:
    key: str
    name: str
    signature: tuple[str, ...]            # headers typical of this CRM's export
    stages: dict[str, StageRole] = field(default_factory=dict)
    # The day/month order the CRM always writes, for a file whose dates do not show it
    # (amoCRM writes 28.03.2025 whatever the user's locale).
    date_order: str | None = None
    # What the CRM writes in a date column for "no date" (amoCRM: 'не закрыта' for an open deal).
    no_date: tuple[str, ...] = ()
    # Odoo keeps a lost opportunity in the stage where it was lost and marks it with probability
    # 0 (and archives it); a won one has probability 100.
    closed_by_probability: bool = False


LAYOUTS = [
    CrmLayout("salesforce", "Salesforce opportunity report",
              ("Opportunity ID", "Opportunity Name", "Opportunity Owner", "Account Name", "Stage",
               "Close Date",
               # the same object's API names, as Data Export and Data Loader write them
               "StageName", "OwnerId", "IsClosed", "IsWon", "AccountId", "CurrencyIsoCode"),
              {"Prospecting": R.LEAD, "Qualification": R.QUALIFIED, "Needs Analysis": R.QUALIFIED,
               "Value Proposition": R.PROPOSAL, "Id. Decision Makers": R.PROPOSAL,
               "Perception Analysis": R.OBJECTION, "Proposal/Price Quote": R.PROPOSAL,
               "Negotiation/Review": R.CLOSING, "Closed Won": R.WON, "Closed Lost": R.LOST}),
    CrmLayout("hubspot", "HubSpot deal export",
              ("Record ID", "Deal Name", "Deal Stage", "Deal owner", "Associated Company",
               "Create Date"),
              {"Appointment Scheduled": R.QUALIFIED, "Qualified To Buy": R.QUALIFIED,
               "Presentation Scheduled": R.PROPOSAL, "Decision Maker Bought-In": R.OBJECTION,
               "Contract Sent": R.CLOSING, "Closed Won": R.WON, "Closed Lost": R.LOST}),
    CrmLayout("pipedrive", "Pipedrive deal export",
              ("Deal - ID", "Deal - Title", "Deal - Owner", "Deal - Organization", "Deal - Stage",
               "Deal - Status", "Deal - Value"),
              {"Lead In": R.LEAD, "Qualified": R.QUALIFIED, "Contact Made": R.QUALIFIED,
               "Demo Scheduled": R.QUALIFIED, "Proposal Made": R.PROPOSAL,
               "Negotiations Started": R.CLOSING}),
    # Zoho renamed Potentials to Deals; a Deals export shares "Record Id", "Deal Owner" and
    # "Deal Name" with HubSpot, and is told apart by "Closing Date", "Created Time" and
    # "Modified Time", which HubSpot calls "Close Date", "Create Date" and "Last Modified Date".
    CrmLayout("zoho", "Zoho CRM deals (potentials) export",
              ("Potential Id", "Potential Name", "Potential Owner", "Closing Date", "Stage",
               "Record Id", "Deal Owner", "Deal Name", "Created Time", "Modified Time"),
              {"Qualification": R.QUALIFIED, "Needs Analysis": R.QUALIFIED,
               "Value Proposition": R.PROPOSAL, "Identify Decision Makers": R.PROPOSAL,
               "Id. Decision Makers": R.PROPOSAL, "Proposal/Price Quote": R.PROPOSAL,
               "Negotiation/Review": R.CLOSING, "Closed Won": R.WON, "Closed Lost": R.LOST,
               "Closed-Lost to Competition": R.LOST}),
    # amoCRM (Kommo outside Russia) exports in the account's language: 'ID, Название сделки,
    # Бюджет , Ответственный, Дата создания сделки, …, Дата закрытия, …, Этап сделки, Воронка'
    # (sic, 'Бюджет ' ends with a space), dates as 28.03.2025 14:12:05 and 'не закрыта' as the
    # close date of an open deal; its default stages are named in the same language.
    CrmLayout("amocrm", "amoCRM / Kommo leads export",
              ("Lead title", "Responsible user", "Budget", "Pipeline", "Status", "Lead status",
               "Название сделки", "Бюджет", "Ответственный", "Этап сделки", "Воронка",
               "Дата создания сделки", "Дата закрытия", "Кем создана сделка"),
              {"Incoming leads": R.LEAD, "Initial contact": R.LEAD, "Negotiation": R.OBJECTION,
               "Offer made": R.PROPOSAL, "Decision making": R.CLOSING,
               "Discussion of contract": R.CLOSING, "Contract discussion": R.CLOSING,
               "Successfully realized": R.WON, "Closed - won": R.WON,
               "Closed and not realized": R.LOST, "Closed - lost": R.LOST,
               "Неразобранное": R.LEAD, "Первичный контакт": R.LEAD, "Переговоры": R.OBJECTION,
               "Принимают решение": R.CLOSING, "Согласование договора": R.CLOSING,
               "Успешно реализовано": R.WON, "Закрыто и не реализовано": R.LOST},
              date_order="dmy", no_date=("не закрыта", "not closed")),
    # Odoo's export of crm.lead with the field labels as headers ('Opportunity, Customer,
    # Salesperson, Sales Team, Stage, Expected Revenue, Probability, Expected Closing, Created on,
    # Active'); its default stages are New, Qualified, Proposition and Won, and there is no lost
    # stage (see closed_by_probability).
    CrmLayout("odoo", "Odoo CRM opportunities export",
              ("Opportunity", "Customer", "Salesperson", "Sales Team", "Expected Revenue",
               "Expected Closing", "Probability"),
              {"New": R.LEAD, "Qualified": R.QUALIFIED, "Proposition": R.PROPOSAL, "Won": R.WON},
              closed_by_probability=True),
]
LAYOUT_BY_KEY = {layout.key: layout for layout in LAYOUTS}

FIELDS = [
    FieldSpec("crm_id", ("Opportunity ID", "Record ID", "Deal - ID", "Deal ID", "Potential Id",
                         "Lead ID", "ID"), exact=("Opportunity #",)),
    FieldSpec("title", ("Opportunity Name", "Deal Name", "Deal - Title", "Title", "Potential Name",
                        "Lead title", "Lead name", "Name", "Opportunity", "Название сделки"),
              required=True),
    FieldSpec("account", ("Account Name", "Associated Company", "Company", "Company name",
                          "Deal - Organization", "Organization", "Organisation", "Account",
                          "Customer", "Компания")),
    FieldSpec("owner", ("Opportunity Owner", "Deal owner", "Deal - Owner", "Owner",
                        "Potential Owner", "Responsible user", "Rep", "Owner email",
                        "Sales rep", "Salesperson", "Ответственный",
                        # the owner's user id (Salesforce data export, HubSpot, Zoho): people
                        # only with `import deals --users FILE`
                        "OwnerId", "Owner ID", "Deal owner ID", "hubspot_owner_id"),
              required=True),
    # The deal's own amount and currency. A Salesforce data export names the currency
    # 'CurrencyIsoCode'; a report export of a multi-currency org has 'Amount Currency', 'Amount',
    # 'Amount (converted) Currency' and 'Amount (converted)', the last two in the currency of
    # whoever ran the report: they are separate fields, so neither is ever taken for the other.
    FieldSpec("amount", ("Amount", "Deal - Value", "Value", "Budget", "Deal amount",
                         "Expected Revenue", "Бюджет")),
    FieldSpec("currency", ("Opportunity Currency", "Currency", "Deal - Currency",
                           "Amount Currency", "Currency code", "CurrencyIsoCode",
                           "Currency ISO Code", "Deal Currency", "Deal currency code")),
    FieldSpec("converted_amount", ("Amount (converted)",)),
    FieldSpec("converted_currency", ("Amount (converted) Currency",)),
    FieldSpec("stage", ("Stage", "Deal Stage", "Deal - Stage", "Pipeline stage",
                        "StageName", "Lead status", "Этап сделки")),
    FieldSpec("status", ("Status", "Deal - Status", "Won/Lost", "Deal status")),
    # The CRM's own pipeline of the deal (HubSpot, Pipedrive and amoCRM export it): the same
    # stage name may be a different step in each of them.
    FieldSpec("crm_pipeline", ("Pipeline", "Deal - Pipeline", "Воронка")),
    # Salesforce's own flags: they say whether a deal is closed and won whatever its stage is
    # called.
    FieldSpec("is_closed", ("IsClosed",)),
    FieldSpec("is_won", ("IsWon",)),
    FieldSpec("probability", ("Probability", "Probability (%)")),
    FieldSpec("active", ("Active",)),
    FieldSpec("expected_close", ("Close Date", "Closing Date", "Expected close date",
                                 "Deal - Expected close date", "Expected close",
                                 "Expected Closing")),
    FieldSpec("closed_at", ("Closed Date", "Date closed", "Deal - Won time", "Won time",
                            "Deal - Close time", "Closed at", "Closed on",
                            "Дата закрытия")),
    FieldSpec("lost_at", ("Deal - Lost time", "Lost time", "Lost date")),
    FieldSpec("created", ("Created Date", "Create Date", "Deal - Deal created", "Created Time",
                          "Date created", "Created", "Lead received", "Created on",
                          "Дата создания сделки", "Дата создания")),
    FieldSpec("lost_reason", ("Loss Reason", "Lost Reason", "Deal - Lost reason",
                              "Closed Lost Reason", "Reason for loss", "Loss reason",
                              "Причина отказа")),
    FieldSpec("source", ("Lead Source", "Source", "Original Source", "Deal - Source",
                         "Original Source Type", "Deal source", "Источник")),
    # Optional: what the sale cost the company (in the deal's currency), for gross profit and
    # margin, and its product line (Salesforce's Product Family), for sales by product line.
    # No CRM exports these by default; they are the company's own columns.
    FieldSpec("cost", ("Cost", "Deal cost", "Cost of sale", "Cost of sales", "Cost of goods sold",
                       "COGS", "Deal - Cost", "Себестоимость")),
    FieldSpec("product_line", ("Product line", "Product Family", "Product family",
                               "Deal - Product line", "Line of business", "Продуктовая линейка")),
]

STATUS_WORDS = {"open": "open", "won": "won", "lost": "lost", "closed won": "won",
                "closed lost": "lost", "deleted": "lost", "in progress": "open"}

SOURCE_WORDS = [  # (words in the CRM's value, source)
    (("chat", "web", "website", "organic", "online", "form", "seo", "ads", "social"),
     DealSource.WEB_CHAT),
    (("phone", "call", "inbound"), DealSource.INBOUND_CALL),
    (("referral", "partner", "word of mouth", "recommend"), DealSource.REFERRAL),
    (("cold", "outbound", "email campaign", "prospecting", "trade show", "event"),
     DealSource.COLD_OUTREACH),
    (("agency", "reseller", "outsourc"), DealSource.AGENCY),
]


def detect_layout(headers) -> CrmLayout | None:
    """The layout whose typical headers the file has most of (at least three), else None."""
    have = {normalize_header(h) for h in headers}
    best, score = None, 2
    for layout in LAYOUTS:
        hits = sum(1 for h in layout.signature if normalize_header(h) in have)
        if hits > score:
            best, score = layout, hits
    return best


def known_stage_role(name: str, layout: CrmLayout | None) -> StageRole | None:
    """The role of a CRM's default stage name (the detected layout first, then any layout)."""
    key = normalize_header(name)
    for candidate in ([layout] if layout else []) + LAYOUTS:
        for stage, role in candidate.stages.items():
            if normalize_header(stage) == key:
                return role
    return None


def source_of(text: str) -> DealSource:
    value = (text or "").casefold()
    if not value:
        return DealSource.OTHER
    for words, source in SOURCE_WORDS:
        if any(word in value for word in words):
            return source
    return DealSource.OTHER
