<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
    <context>
        <name />
        <message>
            <source>No database open — File ▸ Open</source>
            <translation>Walang bukas na database — File ▸ Buksan</translation>
        </message>
        <message>
            <source>Open a Repdesk database</source>
            <translation>Magbukas ng Repdesk database</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Mga Repdesk database (*.sqlite *.db);;Lahat ng file (*)</translation>
        </message>
        <message>
            <source>New company database</source>
            <translation>Bagong database ng kumpanya</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite)</source>
            <translation>Mga Repdesk database (*.sqlite)</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server</source>
            <translation>Kumonekta sa PostgreSQL server</translation>
        </message>
        <message>
            <source>Database address:</source>
            <translation>Address ng database:</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Binubuksan ang database…</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Hindi mabuksan ang database</translation>
        </message>
        <message>
            <source>This record was deleted</source>
            <translation>Nabura na ang record na ito</translation>
        </message>
        <message>
            <source>Someone saved this record while you were editing it</source>
            <translation>May ibang nag-save ng record na ito habang ine-edit mo</translation>
        </message>
        <message>
            <source>The database refused this save; nothing was written. Your edits are kept. ({reason})</source>
            <translation>Tinanggihan ng database ang pag-save; walang naisulat. Nananatili ang mga edit mo. ({reason})</translation>
        </message>
        <message>
            <source>Being edited</source>
            <translation>Ine-edit</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Hindi naka-save</translation>
        </message>
        <message>
            <source>Welcome to Repdesk</source>
            <translation>Maligayang pagdating sa Repdesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Repdesk&lt;/h2&gt;&lt;p&gt;There is no Repdesk database on this workstation yet.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Maligayang pagdating sa Repdesk&lt;/h2&gt;&lt;p&gt;Wala pang Repdesk database sa workstation na ito.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo company</source>
            <translation>Tingnan ang demo na kumpanya</translation>
        </message>
        <message>
            <source>A realistic sales company with field, remote and agency reps.</source>
            <translation>Isang makatotohanang sales company na may field, remote at agency rep.</translation>
        </message>
        <message>
            <source>Start an empty company database</source>
            <translation>Magsimula ng walang lamang database</translation>
        </message>
        <message>
            <source>A new file on this computer: {path}</source>
            <translation>Bagong file sa computer na ito: {path}</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server…</source>
            <translation>Kumonekta sa PostgreSQL server…</translation>
        </message>
        <message>
            <source>For a sales office sharing one database between workstations.</source>
            <translation>Para sa sales office na naghahati ng isang database sa mga workstation.</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>Bakit ito natalo?</translation>
        </message>
        <message>
            <source>— choose a reason —</source>
            <translation>— pumili ng dahilan —</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Mga dahilan ng pagkatalo</translation>
        </message>
        <message>
            <source>Reasons a deal can be lost for. A retired reason stays on the deals that have it. “Dirty lead” reasons count as rejected leads.</source>
            <translation>Bakit natatalo ang deal. Nananatili ang retiradong dahilan sa mga deal nito. Ang “Dirty lead” ay binibilang na tinanggihang lead.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Dahilan</translation>
        </message>
        <message>
            <source>Dirty lead</source>
            <translation>Dirty lead</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Gamit</translation>
        </message>
        <message>
            <source>Deal sizes are given for the company, a team, an agency or a rep; for a territory, segment or product line they show every rep you see.</source>
            <translation>Ibinibigay ang laki ng deal para sa kumpanya, team, ahensya o rep; para sa teritoryo, segment o product line, ipinapakita nito ang bawat rep na nakikita mo.</translation>
        </message>
        <message>
            <source>Band edges: {edges} (a deal of exactly an edge is in the band above).</source>
            <translation>Hangganan ng band: {edges} (ang deal na eksaktong nasa hangganan ay nasa band sa itaas).</translation>
        </message>
        <message>
            <source>Deal sizes (amounts in {currency})</source>
            <translation>Laki ng deal (halaga sa {currency})</translation>
        </message>
        <message>
            <source>Deals by size band (everyone in the analysis)</source>
            <translation>Deal ayon sa size band (lahat ng nasa analysis)</translation>
        </message>
        <message>
            <source>Deals closed in the period or open, and deals won, in each band</source>
            <translation>Mga deal na isinara sa panahon o bukas, at mga nakuhang deal, sa bawat band</translation>
        </message>
        <message>
            <source>All deals of the team in this band: what each rep is compared with</source>
            <translation>Lahat ng deal ng team sa band na ito: ang pinagkukumparahan ng bawat rep</translation>
        </message>
        <message>
            <source>All deals of the company in this band: what each rep is compared with</source>
            <translation>Lahat ng deal ng kumpanya sa band na ito: ang pinagkukumparahan ng bawat rep</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>New reason</source>
            <translation>Bagong dahilan</translation>
        </message>
        <message>
            <source>not a dirty lead</source>
            <translation>hindi dirty lead</translation>
        </message>
        <message>
            <source>dirty lead</source>
            <translation>dirty lead</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Idagdag</translation>
        </message>
        <message>
            <source>Of the period's deals that reached {first}, the share that went on to {second} by now</source>
            <translation>Sa mga deal ng panahon na umabot sa {first}, ang bahagi na umabot na sa {second}</translation>
        </message>
        <message>
            <source>Hide the deal</source>
            <translation>Itago ang deal</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Stage KPIs</source>
            <translation>KPI ng stage</translation>
        </message>
        <message>
            <source>Loading the deals…</source>
            <translation>Nilo-load ang mga deal…</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Lahat ng team</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>Lahat ng rep</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Lahat ng lugar</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Bawat source</translation>
        </message>
        <message>
            <source>min amount</source>
            <translation>min na halaga</translation>
        </message>
        <message>
            <source>max amount</source>
            <translation>max na halaga</translation>
        </message>
        <message>
            <source>Search deal or account</source>
            <translation>Hanapin ang deal o account</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>I-clear</translation>
        </message>
        <message>
            <source>Import deals…</source>
            <translation>I-import…</translation>
        </message>
        <message>
            <source>Lost reasons…</source>
            <translation>Bakit natalo…</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>Bagong deal…</translation>
        </message>
        <message>
            <source>Could not load the deals: {problem}</source>
            <translation>Hindi ma-load ang mga deal: {problem}</translation>
        </message>
        <message>
            <source>{pipeline}: {deals}; won and lost columns show the last 30 days. Drag a card, or select it and press Ctrl+→ / Ctrl+← to move it.</source>
            <translation>{pipeline}: {deals}; ipinapakita ng won at lost na column ang huling 30 araw. I-drag ang card, o piliin ito at pindutin ang Ctrl+→ / Ctrl+← para ilipat.</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>Moved by someone else</source>
            <translation>Inilipat ng iba</translation>
        </message>
        <message>
            <source>Move it anyway</source>
            <translation>Ilipat pa rin</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>I-reload</translation>
        </message>
        <message>
            <source>Not moved: a deal moved to Lost needs a reason.</source>
            <translation>Hindi nailipat: kailangan ng dahilan ang deal na inilipat sa Lost.</translation>
        </message>
        <message>
            <source>Moved to {stage} on top of the other change.</source>
            <translation>Inilipat sa {stage} kasama ng ibang pagbabago.</translation>
        </message>
        <message>
            <source>Deal {id}</source>
            <translation>Deal {id}</translation>
        </message>
        <message>
            <source>Reopened as deal {id}, back in the funnel.</source>
            <translation>Binuksan muli bilang deal {id}, balik sa funnel.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Kinukwenta…</translation>
        </message>
        <message>
            <source>Select a card to see the deal.</source>
            <translation>Pumili ng card para makita ang deal.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Rep</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Teritoryo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Halaga</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Inaasahang close</translation>
        </message>
        <message>
            <source>Lead received</source>
            <translation>Natanggap ang lead</translation>
        </message>
        <message>
            <source>First call</source>
            <translation>Unang tawag</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Isinara noong</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Dahilan ng talo</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Binuksan muli</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>CRM id</translation>
        </message>
        <message>
            <source>Reopen this lost deal</source>
            <translation>Buksan muli ang talong deal</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kasaysayan ng stage&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mga tala&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add a note…</source>
            <translation>Magdagdag ng tala…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Idagdag ang tala</translation>
        </message>
        <message>
            <source>from lost deal {id}</source>
            <translation>mula sa talong deal {id}</translation>
        </message>
        <message>
            <source>as deal {ids}</source>
            <translation>bilang deal {ids}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>sarado</translation>
        </message>
        <message>
            <source>still there</source>
            <translation>nandoon pa</translation>
        </message>
        <message>
            <source>Choose a period, or type one: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-08-15</source>
            <translation>Pumili ng panahon, o i-type: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-08-15</translation>
        </message>
        <message>
            <source>by rep</source>
            <translation>ayon sa rep</translation>
        </message>
        <message>
            <source>by team</source>
            <translation>ayon sa team</translation>
        </message>
        <message>
            <source>whole company</source>
            <translation>buong kumpanya</translation>
        </message>
        <message>
            <source>the last whole quarter</source>
            <translation>huling buong quarter</translation>
        </message>
        <message>
            <source>this quarter, to date</source>
            <translation>itong quarter, hanggang ngayon</translation>
        </message>
        <message>
            <source>an earlier quarter</source>
            <translation>mas naunang quarter</translation>
        </message>
        <message>
            <source>last month</source>
            <translation>nakaraang buwan</translation>
        </message>
        <message>
            <source>this month, to date</source>
            <translation>itong buwan, hanggang ngayon</translation>
        </message>
        <message>
            <source>this year, to date</source>
            <translation>itong taon, hanggang ngayon</translation>
        </message>
        <message>
            <source>last year</source>
            <translation>nakaraang taon</translation>
        </message>
        <message>
            <source>Which part of the company the analysis is for</source>
            <translation>Aling bahagi ng kumpanya ang sakop ng analysis</translation>
        </message>
        <message>
            <source>The team, territory, rep, agency, segment or product line</source>
            <translation>Ang team, teritoryo, rep, ahensya, segment o product line</translation>
        </message>
        <message>
            <source>A quarter (2026-Q3), a month (2026-07) or a year (2026); type another and press Enter</source>
            <translation>Isang quarter (2026-Q3), buwan (2026-07) o taon (2026); mag-type ng iba at pindutin ang Enter</translation>
        </message>
        <message>
            <source>Export table…</source>
            <translation>I-export…</translation>
        </message>
        <message>
            <source>Save the table in view as CSV or Excel (plain numbers)</source>
            <translation>I-save ang nakikitang table bilang CSV o Excel (plain na numero)</translation>
        </message>
        <message>
            <source>Save all four parts of the analysis for this slice and period as a PDF</source>
            <translation>I-save bilang PDF ang apat na bahagi ng analysis para sa slice at panahong ito</translation>
        </message>
        <message>
            <source>Slice</source>
            <translation>Slice</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Panahon</translation>
        </message>
        <message>
            <source>Reading the teams, territories and reps…</source>
            <translation>Binabasa ang mga team, teritoryo at rep…</translation>
        </message>
        <message>
            <source>(no {kind} to choose)</source>
            <translation>(walang {kind} na mapipili)</translation>
        </message>
        <message>
            <source>There is no {kind} called {name} here.</source>
            <translation>Walang {kind} na {name} dito.</translation>
        </message>
        <message>
            <source>There is no {kind} to choose.</source>
            <translation>Walang {kind} na mapipili.</translation>
        </message>
        <message>
            <source>the whole company</source>
            <translation>buong kumpanya</translation>
        </message>
        <message>
            <source>segment {name}</source>
            <translation>segment {name}</translation>
        </message>
        <message>
            <source>product line {name}</source>
            <translation>product line {name}</translation>
        </message>
        <message>
            <source>Reading {part} for {slice}, {period}…</source>
            <translation>Binabasa ang {part}: {slice}, {period}…</translation>
        </message>
        <message>
            <source>{slice}, {period} ({start} – {end}).</source>
            <translation>{slice}, {period} ({start} – {end}).</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>I-export ang table</translation>
        </message>
        <message>
            <source>Wait until the table is shown, then export it.</source>
            <translation>Hintaying lumabas ang table, saka i-export.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Tala: {note}</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>Hindi maisulat ang {path}: {reason}.</translation>
        </message>
        <message>
            <source>Wrote {count} rows to {path}.</source>
            <translation>{count} row ang naisulat sa {path}.</translation>
        </message>
        <message>
            <source>Save the analysis as PDF</source>
            <translation>I-save ang analysis bilang PDF</translation>
        </message>
        <message>
            <source>Reading {part}…</source>
            <translation>Binabasa ang {part}…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Isinusulat ang PDF…</translation>
        </message>
        <message>
            <source>Writing the analysis PDF…</source>
            <translation>Isinusulat ang PDF ng analysis…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>I-export…</translation>
        </message>
        <message>
            <source>Save the table as CSV or Excel</source>
            <translation>I-save ang table bilang CSV o Excel</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Sino</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lost in the period&lt;/b&gt; — to re-work</source>
            <translation>&lt;b&gt;Natalo sa panahon&lt;/b&gt; — para balikan</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Isinara</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Lost at</source>
            <translation>Natalo sa</translation>
        </message>
        <message>
            <source>Won again</source>
            <translation>Nanalo ulit</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why deals were lost&lt;/b&gt; — and where</source>
            <translation>&lt;b&gt;Bakit natalo ang mga deal&lt;/b&gt; — at saan</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Talo</translation>
        </message>
        <message>
            <source>At lead / qualification</source>
            <translation>Sa lead / qualification</translation>
        </message>
        <message>
            <source>In objection handling</source>
            <translation>Sa objection handling</translation>
        </message>
        <message>
            <source>Export stage KPIs</source>
            <translation>I-export ang KPI ng stage</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>All shown</source>
            <translation>Lahat ng nakikita</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oo</translation>
        </message>
        <message>
            <source>{start} – {end}: {lost}, {reopened} reopened, {won} of them won later.</source>
            <translation>{start} – {end}: {lost}, {reopened} binuksan muli, {won} dito ang nanalo kalaunan.</translation>
        </message>
        <message>
            <source>Repdesk user guide</source>
            <translation>Gabay sa Repdesk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Mga keyboard shortcut</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Saan</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Ginagawa nito</translation>
        </message>
        <message>
            <source>History — {kind} {record}</source>
            <translation>Kasaysayan — {kind} {record}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{kind}: {record}&lt;/b&gt; — every change, newest first</source>
            <translation>&lt;b&gt;{kind}: {record}&lt;/b&gt; — bawat pagbabago, pinakabago muna</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Kasaysayan</translation>
        </message>
        <message>
            <source>Bring this deleted record back with its last values?</source>
            <translation>Ibalik ang nabura na record na ito kasama ang huling mga value nito?</translation>
        </message>
        <message>
            <source>Put back the earlier values of: {fields}?</source>
            <translation>Ibalik ang naunang mga value ng: {fields}?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Ibalik</translation>
        </message>
        <message>
            <source>{question}

The restore is recorded in the history as your change.</source>
            <translation>{question}

Itatala sa kasaysayan ang pagbabalik bilang pagbabago mo.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Hindi na-import</translation>
        </message>
        <message>
            <source>The file's column '{header}' is not imported</source>
            <translation>Hindi ini-import ang column ng file na '{header}'</translation>
        </message>
        <message>
            <source>The file's column '{header}' goes to {field}</source>
            <translation>Ang column ng file na '{header}' ay papunta sa {field}</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Piliin ang file</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) export. Its first rows are shown as they will be imported.</source>
            <translation>Isang CSV o Excel (.xlsx) export. Ipinapakita ang mga unang row gaya ng pag-import sa mga ito.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Walang napiling file</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Pumili ng file…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>I-import</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Written as</source>
            <translation>Isinulat bilang</translation>
        </message>
        <message>
            <source>Choose a file to see its first rows.</source>
            <translation>Pumili ng file para makita ang mga unang row nito.</translation>
        </message>
        <message>
            <source>Import: {kind}</source>
            <translation>Import: {kind}</translation>
        </message>
        <message>
            <source>Reading the start of the file…</source>
            <translation>Binabasa ang simula ng file…</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>Hindi ma-import ang file na ito</translation>
        </message>
        <message>
            <source>The first {n} row(s).</source>
            <translation>Ang unang {n} row.</translation>
        </message>
        <message>
            <source>The first {n} row(s) of the file.</source>
            <translation>Ang unang {n} row ng file.</translation>
        </message>
        <message>
            <source>row {row}, {field}: {why}</source>
            <translation>row {row}, {field}: {why}</translation>
        </message>
        <message>
            <source>{n} cell(s) cannot be read (red; point at one for the reason): {cells}.</source>
            <translation>{n} cell ang hindi mabasa (pula; ituro ang isa para sa dahilan): {cells}.</translation>
        </message>
        <message>
            <source>Columns mapped as in the saved mapping '{name}'.</source>
            <translation>Naka-map ang mga column ayon sa naka-save na mapping na '{name}'.</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Kasaysayan ng import</translation>
        </message>
        <message>
            <source>Loading the imports…</source>
            <translation>Nilo-load ang mga import…</translation>
        </message>
        <message>
            <source>Undo import…</source>
            <translation>I-undo ang import…</translation>
        </message>
        <message>
            <source>{day} by {login}</source>
            <translation>{day} ni {login}</translation>
        </message>
        <message>
            <source>No import has been made into this database yet.</source>
            <translation>Wala pang import na ginawa sa database na ito.</translation>
        </message>
        <message>
            <source>{undone} {listed}</source>
            <translation>{undone} {listed}</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>I-undo ang import</translation>
        </message>
        <message>
            <source>Undo import {number} of {file} ({when}, {login})? The rows it created are removed and the rows it changed get their earlier values back.</source>
            <translation>I-undo ang import {number} ng {file} ({when}, {login})? Aalisin ang mga row na ginawa nito at ibabalik ang dating value ng mga row na binago nito.</translation>
        </message>
        <message>
            <source>Cannot undo this import</source>
            <translation>Hindi ma-undo ang import na ito</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Nag-i-import</translation>
        </message>
        <message>
            <source>Cancel stops the import and writes nothing.</source>
            <translation>Ang Kanselahin ay titigil sa import at walang isusulat.</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Kanselahin ang import</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Ini-import ang {file}…</translation>
        </message>
        <message>
            <source>Cancelling: undoing what the import had started…</source>
            <translation>Kinakansela: ina-undo ang sinimulan ng import…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Kinansela: walang naisulat.</translation>
        </message>
        <message>
            <source>{problem} Nothing was written.</source>
            <translation>{problem} Walang naisulat.</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Na-import</translation>
        </message>
        <message>
            <source>The pages that show this data have been refreshed.</source>
            <translation>Na-refresh ang mga page na nagpapakita ng data na ito.</translation>
        </message>
        <message>
            <source>{file} is imported.</source>
            <translation>Na-import na ang {file}.</translation>
        </message>
        <message>
            <source>{n} unchanged: already as in the file.</source>
            <translation>{n} walang binago: pareho na sa file.</translation>
        </message>
        <message>
            <source>It is import {number}: File ▸ Import history… can undo it.</source>
            <translation>Ito ang import {number}: kaya itong i-undo ng File ▸ Kasaysayan ng import….</translation>
        </message>
        <message>
            <source>{n} bad row(s) were left out:</source>
            <translation>{n} maling row ang hindi isinama:</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Itugma ang mga column</translation>
        </message>
        <message>
            <source>Choose the field each column of the file fills, or ignore it. The choices can be saved for the next file from the same source.</source>
            <translation>Piliin ang field na pupunuin ng bawat column ng file, o huwag pansinin. Maaaring i-save ang mga pinili para sa susunod na file mula sa parehong source.</translation>
        </message>
        <message>
            <source>Save this mapping…</source>
            <translation>I-save ang mapping…</translation>
        </message>
        <message>
            <source>Saved mappings</source>
            <translation>Mga naka-save na mapping</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Mga opsyon</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Column sa file</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Unang mga value</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Papunta sa</translation>
        </message>
        <message>
            <source>(column {number}, no name)</source>
            <translation>(column {number}, walang pangalan)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(walang laman)</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— huwag pansinin —</translation>
        </message>
        <message>
            <source>{field} (required)</source>
            <translation>{field} (kailangan)</translation>
        </message>
        <message>
            <source>A question (its text or Q1, Q2…)</source>
            <translation>Isang tanong (ang text nito o Q1, Q2…)</translation>
        </message>
        <message>
            <source>A metric (by its name)</source>
            <translation>Isang metric (ayon sa pangalan)</translation>
        </message>
        <message>
            <source>Choose the scorecard, or the column of the file that names it.</source>
            <translation>Piliin ang scorecard, o ang column ng file na nagpapangalan dito.</translation>
        </message>
        <message>
            <source>As detected ({crm})</source>
            <translation>Ayon sa natukoy ({crm})</translation>
        </message>
        <message>
            <source>As detected (no known CRM)</source>
            <translation>Ayon sa natukoy (walang kilalang CRM)</translation>
        </message>
        <message>
            <source>Stage names as in</source>
            <translation>Mga pangalan ng stage gaya ng sa</translation>
        </message>
        <message>
            <source>Each deal's own amount, in its own currency</source>
            <translation>Sariling halaga ng bawat deal, sa sarili nitong currency</translation>
        </message>
        <message>
            <source>The amounts the CRM converted to one currency</source>
            <translation>Mga halagang kinonvert ng CRM sa iisang currency</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Mga halaga</translation>
        </message>
        <message>
            <source>From the file's 'scorecard' column</source>
            <translation>Mula sa column na 'scorecard' ng file</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <source>when the file has no agency column</source>
            <translation>kapag walang agency column ang file</translation>
        </message>
        <message>
            <source>optional: put them in this wave (created if new)</source>
            <translation>opsyonal: ilagay sa wave na ito (gagawin kung bago)</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Ahensya</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>Wave</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Nilo-load…</translation>
        </message>
        <message>
            <source>(saved mappings are not available)</source>
            <translation>(hindi available ang mga naka-save na mapping)</translation>
        </message>
        <message>
            <source>Detected from the headers</source>
            <translation>Natukoy mula sa mga header</translation>
        </message>
        <message>
            <source>— choose a saved mapping —</source>
            <translation>— pumili ng naka-save na mapping —</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>I-save ang mapping</translation>
        </message>
        <message>
            <source>Name (for example the CRM or agency it comes from):</source>
            <translation>Pangalan (halimbawa ang CRM o ahensyang pinagmulan):</translation>
        </message>
        <message>
            <source>Stages and owners</source>
            <translation>Mga stage at owner</translation>
        </message>
        <message>
            <source>Place the stage names and owners of the file that the database does not know yet. Rows whose owner is left unmatched are bad rows.</source>
            <translation>Ilagay ang mga pangalan ng stage at owner ng file na hindi pa kilala ng database. Ang mga row na walang katugmang owner ay maling row.</translation>
        </message>
        <message>
            <source>optional: the CRM's user export, when owners are user ids</source>
            <translation>opsyonal: ang user export ng CRM, kapag user id ang mga owner</translation>
        </message>
        <message>
            <source>Choose users file…</source>
            <translation>Pumili ng users file…</translation>
        </message>
        <message>
            <source>Users file</source>
            <translation>Users file</translation>
        </message>
        <message>
            <source>The CRM's user export</source>
            <translation>Ang user export ng CRM</translation>
        </message>
        <message>
            <source>Reading the stage names and owners of the file…</source>
            <translation>Binabasa ang mga pangalan ng stage at owner ng file…</translation>
        </message>
        <message>
            <source>Every stage name and owner of the file is known: nothing to choose here.</source>
            <translation>Kilala na ang bawat stage at owner ng file: walang pipiliin dito.</translation>
        </message>
        <message>
            <source>To place: {stages} and {owners}.</source>
            <translation>Ilalagay: {stages} at {owners}.</translation>
        </message>
        <message>
            <source>Stage names the pipeline does not have</source>
            <translation>Mga stage na wala sa pipeline</translation>
        </message>
        <message>
            <source>Stage in the file</source>
            <translation>Stage sa file</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Becomes the stage</source>
            <translation>Magiging stage</translation>
        </message>
        <message>
            <source>— choose a stage —</source>
            <translation>— pumili ng stage —</translation>
        </message>
        <message>
            <source>Owners who are no rep</source>
            <translation>Mga owner na hindi rep</translation>
        </message>
        <message>
            <source>Owner in the file</source>
            <translation>Owner sa file</translation>
        </message>
        <message>
            <source>Deals go to</source>
            <translation>Mapupunta ang deal kay</translation>
        </message>
        <message>
            <source>Nobody: leave the rows bad</source>
            <translation>Wala: iwanang mali ang mga row</translation>
        </message>
        <message>
            <source>A new rep in the team below</source>
            <translation>Bagong rep sa team sa ibaba</translation>
        </message>
        <message>
            <source>New reps join the team</source>
            <translation>Sasali ang bagong rep sa team</translation>
        </message>
        <message>
            <source>Choose a stage for {names}.</source>
            <translation>Pumili ng stage para sa {names}.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Why it cannot be imported</source>
            <translation>Bakit hindi ma-import</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Suriin bago mag-import</translation>
        </message>
        <message>
            <source>A dry run: the whole import was done and undone. Nothing is written until you press Import.</source>
            <translation>Dry run: ginawa at in-undo ang buong import. Walang isusulat hangga't hindi mo pinipindot ang I-import.</translation>
        </message>
        <message>
            <source>Doing a dry run of the import…</source>
            <translation>Nagda-dry run ng import…</translation>
        </message>
        <message>
            <source>Doing a dry run of the import: {step}</source>
            <translation>Nagda-dry run ng import: {step}</translation>
        </message>
        <message>
            <source>The import would do this:</source>
            <translation>Ito ang gagawin ng import:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Columns used:&lt;/b&gt; {columns}</source>
            <translation>&lt;b&gt;Mga column na ginamit:&lt;/b&gt; {columns}</translation>
        </message>
        <message>
            <source>The file has stage names the pipeline does not have ({names}); choose a stage for each under Stages and owners.</source>
            <translation>May mga pangalan ng stage ang file na wala sa pipeline ({names}); pumili ng stage para sa bawat isa sa Mga stage at owner.</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <translation>Hindi mabasa ang file: {reason}.</translation>
        </message>
        <message>
            <source>The import stopped on an unexpected problem ({problem}); nothing was written.</source>
            <translation>Huminto ang import dahil sa di-inaasahang problema ({problem}); walang naisulat.</translation>
        </message>
        <message>
            <source>{what} (Ctrl+{number})</source>
            <translation>{what} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>Walang bukas na database</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open database file…</source>
            <translation>&amp;Buksan ang database file…</translation>
        </message>
        <message>
            <source>&amp;Connect to PostgreSQL server…</source>
            <translation>&amp;Kumonekta sa PostgreSQL server…</translation>
        </message>
        <message>
            <source>&amp;New empty company database…</source>
            <translation>&amp;Bagong walang lamang database…</translation>
        </message>
        <message>
            <source>Open the &amp;demo company</source>
            <translation>Buksan ang &amp;demo na kumpanya</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;I-import…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>&amp;Kasaysayan ng import…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lumabas</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Bumalik</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Sumulong</translation>
        </message>
        <message>
            <source>&amp;History of the selected record…</source>
            <translation>&amp;Kasaysayan ng napiling record…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Tulong</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Gabay</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Mga keyboard shortcut</translation>
        </message>
        <message>
            <source>&amp;About Repdesk</source>
            <translation>&amp;Tungkol sa Repdesk</translation>
        </message>
        <message>
            <source>About Repdesk</source>
            <translation>Tungkol sa Repdesk</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Wika</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Wika ng system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <source>Repdesk will be in {language} the next time it starts.</source>
            <translation>Magiging {language} ang Repdesk sa susunod na pagbukas nito.</translation>
        </message>
        <message>
            <source>{database}  ·  {user} ({role})</source>
            <translation>{database}  ·  {user} ({role})</translation>
        </message>
        <message>
            <source>Repdesk — {database}</source>
            <translation>Repdesk — {database}</translation>
        </message>
        <message>
            <source>This page could not be loaded: the database server cannot be reached right now.
It opens by itself when the connection is back.</source>
            <translation>Hindi ma-load ang page na ito: hindi maabot ang database server ngayon.
Kusa itong magbubukas kapag bumalik ang koneksyon.</translation>
        </message>
        <message>
            <source>Select a rep or a deal first; its history shows who changed what and when.</source>
            <translation>Pumili muna ng rep o deal; ipinapakita ng kasaysayan nito kung sino ang nagbago ng ano at kailan.</translation>
        </message>
        <message>
            <source>Open a database first.</source>
            <translation>Magbukas muna ng database.</translation>
        </message>
        <message>
            <source>What did you see or hear?</source>
            <translation>Ano ang nakita o narinig mo?</translation>
        </message>
        <message>
            <source>Competitor, if any</source>
            <translation>Kakumpitensya, kung mayroon</translation>
        </message>
        <message>
            <source>Everyone in the company may read it</source>
            <translation>Puwedeng basahin ng lahat sa kumpanya</translation>
        </message>
        <message>
            <source>The details: who said it, prices, dates…</source>
            <translation>Ang detalye: sino ang nagsabi, presyo, petsa…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>I-save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Burahin</translation>
        </message>
        <message>
            <source>Show the saved note</source>
            <translation>Ipakita ang naka-save na tala</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Pamagat</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Kakumpitensya</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Bagong tala</translation>
        </message>
        <message>
            <source>Note by {author}</source>
            <translation>Tala ni {author}</translation>
        </message>
        <message>
            <source>shared with everyone; only its team changes it</source>
            <translation>nakabahagi sa lahat; ang team lang nito ang puwedeng magbago</translation>
        </message>
        <message>
            <source>Search notes, in any language</source>
            <translation>Hanapin sa tala…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Lahat ng uri</translation>
        </message>
        <message>
            <source>Weekly digest…</source>
            <translation>Digest…</translation>
        </message>
        <message>
            <source>Copy digest text</source>
            <translation>Kopyahin ang digest</translation>
        </message>
        <message>
            <source>Last week's digest as plain text, to paste into an e-mail</source>
            <translation>Digest ng nakaraang linggo bilang plain text, para i-paste sa e-mail</translation>
        </message>
        <message>
            <source>No notes match.</source>
            <translation>Walang tugmang tala.</translation>
        </message>
        <message>
            <source>{count} (the newest shown; narrow the search for older ones)</source>
            <translation>{count} (pinakabago ang ipinapakita; paliitin ang paghahanap para sa mas luma)</translation>
        </message>
        <message>
            <source>The notes could not be loaded: {reason}</source>
            <translation>Hindi ma-load ang mga tala: {reason}</translation>
        </message>
        <message>
            <source>The note was saved.</source>
            <translation>Na-save ang tala.</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Burahin ang tala</translation>
        </message>
        <message>
            <source>Delete the note “{title}”?</source>
            <translation>Burahin ang tala na “{title}”?</translation>
        </message>
        <message>
            <source>Weekly digest of field notes</source>
            <translation>Lingguhang digest ng field notes</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Weekly digest</source>
            <translation>Lingguhang digest</translation>
        </message>
        <message>
            <source>The digest was not written: {reason}</source>
            <translation>Hindi naisulat ang digest: {reason}</translation>
        </message>
        <message>
            <source>Last week's digest is on the clipboard, ready to paste.</source>
            <translation>Nasa clipboard na ang digest ng nakaraang linggo, handa nang i-paste.</translation>
        </message>
        <message>
            <source>Attention list…</source>
            <translation>Bantayan…</translation>
        </message>
        <message>
            <source>Alerts…</source>
            <translation>Mga alerto…</translation>
        </message>
        <message>
            <source>Forecast…</source>
            <translation>Forecast…</translation>
        </message>
        <message>
            <source>Quota attainment</source>
            <translation>Naabot sa quota</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>% Quota</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Why (points each reason adds)</source>
            <translation>Bakit (puntos ng bawat dahilan)</translation>
        </message>
        <message>
            <source>The reasons, most urgent first, with the points each adds to the urgency</source>
            <translation>Ang mga dahilan, pinaka-urgent muna, kasama ang puntos na idinaragdag ng bawat isa sa urgency</translation>
        </message>
        <message>
            <source>Schedule one-on-one…</source>
            <translation>Mag-iskedyul ng one-on-one…</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Kailangang bantayan</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alerto</translation>
        </message>
        <message>
            <source>A drawdown: a key number well below the rep's own usual level (the median of their recent weeks); or no numbers entered for several working days</source>
            <translation>Drawdown: isang key number na mas mababa nang malaki sa karaniwang antas ng rep (median ng mga nakaraang linggo niya); o walang numerong inilagay sa ilang araw ng trabaho</translation>
        </message>
        <message>
            <source>Drawdown and missing-numbers alerts</source>
            <translation>Mga alerto sa drawdown at kulang na numero</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Nakuha</translation>
        </message>
        <message>
            <source>Weighted funnel</source>
            <translation>Weighted funnel</translation>
        </message>
        <message>
            <source>Run rate rest</source>
            <translation>Run rate</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Inaasahan</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>Expected %</source>
            <translation>Inaasahang %</translation>
        </message>
        <message>
            <source>Quarter forecast</source>
            <translation>Forecast ng quarter</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Susunod na buwan</translation>
        </message>
        <message>
            <source>Could not load: {reason}</source>
            <translation>Hindi ma-load: {reason}</translation>
        </message>
        <message>
            <source>{quarter}: no won deals, open funnel or quotas recorded yet.</source>
            <translation>{quarter}: wala pang nakuhang deal, bukas na funnel o quota na naitala.</translation>
        </message>
        <message>
            <source>{quarter}: team {forecast}</source>
            <translation>{quarter}: team {forecast}</translation>
        </message>
        <message>
            <source>Why we meet:
- {alert}

Agree: activity goals until the follow-up.</source>
            <translation>Bakit tayo magkikita:
- {alert}

Napagkasunduan: mga layunin sa aktibidad hanggang sa follow-up.</translation>
        </message>
        <message>
            <source>Day: every rep</source>
            <translation>Araw: bawat rep</translation>
        </message>
        <message>
            <source>Week: one rep</source>
            <translation>Linggo: isang rep</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>I-undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>I-redo</translation>
        </message>
        <message>
            <source>Type a number to fill a cell; Tab moves right, Enter moves down; paste a block copied from a spreadsheet with Ctrl+V; Ctrl+Z undoes. Red: below the day's goal, green: goal met.</source>
            <translation>Mag-type ng numero para punan ang cell; Tab pakanan, Enter pababa; i-paste ang block na kinopya mula sa spreadsheet gamit ang Ctrl+V; Ctrl+Z para i-undo. Pula: mababa sa layunin ng araw, berde: naabot.</translation>
        </message>
        <message>
            <source>Nothing entered yet for this selection.</source>
            <translation>Wala pang nailagay para sa napiling ito.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>hindi nasukat</translation>
        </message>
        <message>
            <source>{actual} of {target}</source>
            <translation>{actual} sa {target}</translation>
        </message>
        <message>
            <source>{progress} · {share}</source>
            <translation>{progress} · {share}</translation>
        </message>
        <message>
            <source>The plan the goal belongs to</source>
            <translation>Ang plan na kinabibilangan ng layunin</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the straight-line pace; on track: at or above it</source>
            <translation>met: naabot ang target; missed: lumampas ang deadline nang hindi naabot; at risk: mababa sa 90% ng tuwirang bilis; on track: nasa o higit dito</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to today (or its deadline), of the target</source>
            <translation>Binilang mula sa data ng Repdesk mula simula ng layunin hanggang ngayon (o deadline nito), sa target</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mga layunin</translation>
        </message>
        <message>
            <source>Could not load the goals: {why}</source>
            <translation>Hindi ma-load ang mga layunin: {why}</translation>
        </message>
        <message>
            <source>No goal of the sales plan runs in {quarter}. Set goals on the Plans page.</source>
            <translation>Walang layunin ng sales plan sa {quarter}. Magtakda ng layunin sa page na Mga plan.</translation>
        </message>
        <message>
            <source>{status}: {n}</source>
            <translation>{status}: {n}</translation>
        </message>
        <message>
            <source>Goals running in {quarter}, status on {day}: {parts}</source>
            <translation>Mga layunin sa {quarter}, status noong {day}: {parts}</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months…</source>
            <translation>Ina-fit ang model sa mga buwan ng bawat rep…</translation>
        </message>
        <message>
            <source>Not enough finished months yet to test the model on the past.</source>
            <translation>Kulang pa ang tapos na buwan para subukan ang model sa nakaraan.</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>Sinubukan sa {first} – {last} ({predictions}): lihis ng {off} sa nakuha, mas mahusay kaysa “pareho sa nakaraang buwan” ({last_month}) at sa 3-buwang average ({average}).</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, &lt;b&gt;not&lt;/b&gt; better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>Sinubukan sa {first} – {last} ({predictions}): lihis ng {off} sa nakuha, &lt;b&gt;hindi&lt;/b&gt; mas mahusay kaysa “pareho sa nakaraang buwan” ({last_month}) at sa 3-buwang average ({average}).</translation>
        </message>
        <message>
            <source>Next month, predicted</source>
            <translation>Susunod na buwan, hula</translation>
        </message>
        <message>
            <source>Likely range</source>
            <translation>Malamang na saklaw</translation>
        </message>
        <message>
            <source>Won revenue predicted for the month</source>
            <translation>Hinulaang nakuhang revenue sa buwan</translation>
        </message>
        <message>
            <source>Predict each rep's won revenue next month from this month's activity and funnel. Predicted falls join the attention list.</source>
            <translation>Hulaan ang nakuhang revenue ng bawat rep sa susunod na buwan mula sa aktibidad at funnel ngayong buwan. Ang hinulaang pagbaba ay isasama sa bantayan.</translation>
        </message>
        <message>
            <source>Predict</source>
            <translation>Hulaan</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months… (the window stays usable)</source>
            <translation>Ina-fit ang model sa mga buwan ng bawat rep… (magagamit pa rin ang window)</translation>
        </message>
        <message>
            <source>Could not predict: {reason}</source>
            <translation>Hindi mahulaan: {reason}</translation>
        </message>
        <message>
            <source>Predict again</source>
            <translation>Hulaan ulit</translation>
        </message>
        <message>
            <source>{month}, predicted</source>
            <translation>{month}, hula</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Import numbers…</source>
            <translation>I-import ang numero…</translation>
        </message>
        <message>
            <source>Goals…</source>
            <translation>Mga layunin…</translation>
        </message>
        <message>
            <source>Add metric…</source>
            <translation>Magdagdag ng metric…</translation>
        </message>
        <message>
            <source>Alert settings…</source>
            <translation>Setting ng alerto…</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Enter numbers</source>
            <translation>Ilagay ang numero</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Mga trend</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>One-on-one</translation>
        </message>
        <message>
            <source>One-on-one with {rep} scheduled for {when}.</source>
            <translation>Naka-iskedyul ang one-on-one kay {rep} sa {when}.</translation>
        </message>
        <message>
            <source>Activity goals — {team}</source>
            <translation>Layunin sa aktibidad — {team}</translation>
        </message>
        <message>
            <source>Company default</source>
            <translation>Default ng kumpanya</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para kay</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Layunin</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mula</translation>
        </message>
        <message>
            <source>Team default: {team}</source>
            <translation>Default ng team: {team}</translation>
        </message>
        <message>
            <source>a day</source>
            <translation>bawat araw</translation>
        </message>
        <message>
            <source>a week</source>
            <translation>bawat linggo</translation>
        </message>
        <message>
            <source>Per</source>
            <translation>Bawat</translation>
        </message>
        <message>
            <source>Set goal</source>
            <translation>Itakda</translation>
        </message>
        <message>
            <source>Goals in force (a rep's own goal wins over the team's, which wins over the company default; each runs until a later one):</source>
            <translation>Umiiral na layunin (nauuna ang sa rep, saka ang sa team, saka ang default; bawat isa hanggang sa mas bago):</translation>
        </message>
        <message>
            <source>No goal in force for this choice yet.</source>
            <translation>Wala pang umiiral na layunin para sa piniling ito.</translation>
        </message>
        <message>
            <source>In force: {amount} since {date}</source>
            <translation>Umiiral: {amount} mula {date}</translation>
        </message>
        <message>
            <source>Goal not set</source>
            <translation>Hindi naitakda ang layunin</translation>
        </message>
        <message>
            <source>Add a metric</source>
            <translation>Magdagdag ng metric</translation>
        </message>
        <message>
            <source>e.g. Site visits</source>
            <translation>hal. Site visit</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>Ginagamit ng</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>bawat team</translation>
        </message>
        <message>
            <source>Metric not added</source>
            <translation>Hindi naidagdag ang metric</translation>
        </message>
        <message>
            <source>Alert settings — {scope}</source>
            <translation>Setting ng alerto — {scope}</translation>
        </message>
        <message>
            <source>company default</source>
            <translation>default ng kumpanya</translation>
        </message>
        <message>
            <source> % of the usual</source>
            <translation> % ng karaniwan</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> linggo</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> araw ng trabaho</translation>
        </message>
        <message>
            <source>Drawdown alert below</source>
            <translation>Alerto sa drawdown kapag mababa sa</translation>
        </message>
        <message>
            <source>Usual = median of the last</source>
            <translation>Karaniwan = median ng huling</translation>
        </message>
        <message>
            <source>No numbers for</source>
            <translation>Walang numero sa loob ng</translation>
        </message>
        <message>
            <source>{n} a week</source>
            <translation>{n} bawat linggo</translation>
        </message>
        <message>
            <source>{n} a day</source>
            <translation>{n} bawat araw</translation>
        </message>
        <message>
            <source>One-on-one with {rep}</source>
            <translation>One-on-one kay {rep}</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kailan</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Tagal</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>I-iskedyul</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>Hindi na-iskedyul</translation>
        </message>
        <message>
            <source>Outcome: one-on-one with {rep}</source>
            <translation>Resulta: one-on-one kay {rep}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>walang pagbabago</translation>
        </message>
        <message>
            <source>Agreed {metric} a day</source>
            <translation>Napagkasunduang {metric} bawat araw</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>I-follow up sa</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sine-save…</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Hindi na-save: {reason}</translation>
        </message>
        <message>
            <source>Reloaded: the notes show the one-on-one as saved now.</source>
            <translation>Na-reload: ipinapakita na ng mga tala na naka-save ang one-on-one.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this one-on-one. Your notes are still here.</source>
            <translation>Hindi na-save: may ibang nagbago ng one-on-one na ito. Nandito pa ang mga tala mo.</translation>
        </message>
        <message>
            <source>Could not reload; your notes are kept. {reason}</source>
            <translation>Hindi ma-reload; nananatili ang mga tala mo. {reason}</translation>
        </message>
        <message>
            <source>This one-on-one no longer exists.</source>
            <translation>Wala na ang one-on-one na ito.</translation>
        </message>
        <message>
            <source>Stop saving</source>
            <translation>Itigil ang pag-save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <source>Team meetings — {team}</source>
            <translation>Mga team meeting — {team}</translation>
        </message>
        <message>
            <source>every working day</source>
            <translation>bawat araw ng trabaho</translation>
        </message>
        <message>
            <source>every {weekday}</source>
            <translation>tuwing {weekday}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Oras</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Haba</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Mula</translation>
        </message>
        <message>
            <source>Morning meeting</source>
            <translation>Morning meeting</translation>
        </message>
        <message>
            <source>Every working day</source>
            <translation>Bawat araw ng trabaho</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Minsan sa isang linggo</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Ulit</translation>
        </message>
        <message>
            <source>On (weekly)</source>
            <translation>Araw (lingguhan)</translation>
        </message>
        <message>
            <source>Add meeting</source>
            <translation>Idagdag ang meeting</translation>
        </message>
        <message>
            <source>Meeting not added</source>
            <translation>Hindi naidagdag ang meeting</translation>
        </message>
        <message>
            <source>Upcoming and recent</source>
            <translation>Paparating at kamakailan</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Lahat</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>Itala ang resulta…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>I-export ang kalendaryo (.ics)…</translation>
        </message>
        <message>
            <source>Team meetings…</source>
            <translation>Mga team meeting…</translation>
        </message>
        <message>
            <source>Select a one-on-one to see the rep's history: goals agreed and whether the numbers recovered afterwards.</source>
            <translation>Pumili ng one-on-one para makita ang kasaysayan ng rep: mga napagkasunduang layunin at kung bumawi ang numero pagkatapos.</translation>
        </message>
        <message>
            <source>{rep}: no one-on-one held yet.</source>
            <translation>{rep}: wala pang naganap na one-on-one.</translation>
        </message>
        <message>
            <source>{rep} — one-on-ones held:</source>
            <translation>{rep} — mga naganap na one-on-one:</translation>
        </message>
        <message>
            <source>numbers recovered</source>
            <translation>bumawi ang numero</translation>
        </message>
        <message>
            <source>numbers did not recover</source>
            <translation>hindi bumawi ang numero</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>masyado pang maaga</translation>
        </message>
        <message>
            <source>{metric} {before} → {after} a day</source>
            <translation>{metric} {before} → {after} bawat araw</translation>
        </message>
        <message>
            <source>no goals agreed</source>
            <translation>walang napagkasunduang layunin</translation>
        </message>
        <message>
            <source>Team meetings</source>
            <translation>Mga team meeting</translation>
        </message>
        <message>
            <source>Choose a team first.</source>
            <translation>Pumili muna ng team.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>I-export ang kalendaryo</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Kalendaryo (*.ics)</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>Na-export ang kalendaryo</translation>
        </message>
        <message>
            <source>Quota attainment (by quarter)</source>
            <translation>Naabot sa quota (quarter)</translation>
        </message>
        <message>
            <source>Funnel: leads won % (by month)</source>
            <translation>Funnel: % nakuhang lead (buwan)</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>I-export ang PNG…</translation>
        </message>
        <message>
            <source>By</source>
            <comment>grouped by days, weeks or months</comment>
            <translation>Ayon sa</translation>
        </message>
        <message>
            <source>Select reps to overlay them; select none for the whole team.</source>
            <translation>Pumili ng rep para ipatong sila; walang pinili: ang buong team.</translation>
        </message>
        <message>
            <source>Overlay reps (none: the team)</source>
            <translation>Ipatong ang rep (wala: ang team)</translation>
        </message>
        <message>
            <source>% of quota per quarter</source>
            <translation>% ng quota bawat quarter</translation>
        </message>
        <message>
            <source>% of new leads won, per month</source>
            <translation>% ng bagong lead na nakuha, bawat buwan</translation>
        </message>
        <message>
            <source>No quotas or deals recorded for this period.</source>
            <translation>Walang quota o deal na naitala sa panahong ito.</translation>
        </message>
        <message>
            <source>{note}. Hover over the chart for exact values.</source>
            <translation>{note}. Itapat ang cursor sa chart para sa eksaktong value.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>I-export ang chart</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Magdagdag ng hakbang</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Alisin ang hakbang</translation>
        </message>
        <message>
            <source>Plan of *</source>
            <translation>Plan ng *</translation>
        </message>
        <message>
            <source>Period *</source>
            <translation>Panahon *</translation>
        </message>
        <message>
            <source>Revenue target</source>
            <translation>Target na revenue</translation>
        </message>
        <message>
            <source>won revenue, e.g. 250000</source>
            <translation>nakuhang revenue, hal. 250000</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>three letters, e.g. EUR</source>
            <translation>tatlong letra, hal. PHP</translation>
        </message>
        <message>
            <source>Won deals target</source>
            <translation>Target na nakuhang deal</translation>
        </message>
        <message>
            <source>New accounts target</source>
            <translation>Target na bagong account</translation>
        </message>
        <message>
            <source>Activity target</source>
            <translation>Target na aktibidad</translation>
        </message>
        <message>
            <source>Activity counts</source>
            <translation>Binibilang na aktibidad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Tala</translation>
        </message>
        <message>
            <source>the company</source>
            <translation>ang kumpanya</translation>
        </message>
        <message>
            <source>a team</source>
            <translation>isang team</translation>
        </message>
        <message>
            <source>a rep</source>
            <translation>isang rep</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— wala —</translation>
        </message>
        <message>
            <source>Edit plan</source>
            <translation>I-edit ang plan</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Bagong plan</translation>
        </message>
        <message>
            <source>A plan's targets for one period. A team's plan needs its team, a rep's plan its rep; revenue needs its currency, activity the key number it counts. Empty: no target of that kind.</source>
            <translation>Mga target ng plan para sa isang panahon. Kailangan ng plan ng team ang team nito, ng plan ng rep ang rep nito; kailangan ng revenue ang currency, ng aktibidad ang key number na binibilang nito. Walang laman: walang target na ganoon.</translation>
        </message>
        <message>
            <source>Plan *</source>
            <translation>Plan *</translation>
        </message>
        <message>
            <source>Goal *</source>
            <translation>Layunin *</translation>
        </message>
        <message>
            <source>what is to be achieved, specifically</source>
            <translation>ang dapat makamit, partikular</translation>
        </message>
        <message>
            <source>Owner *</source>
            <translation>Owner *</translation>
        </message>
        <message>
            <source>who answers for it</source>
            <translation>sino ang mananagot</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Simula</translation>
        </message>
        <message>
            <source>Deadline *</source>
            <translation>Deadline *</translation>
        </message>
        <message>
            <source>Measured by *</source>
            <translation>Sinusukat ng *</translation>
        </message>
        <message>
            <source>Key number</source>
            <translation>Key number</translation>
        </message>
        <message>
            <source>Target *</source>
            <translation>Target *</translation>
        </message>
        <message>
            <source>Choose the plan the goal belongs to.</source>
            <translation>Piliin ang plan na kinabibilangan ng layunin.</translation>
        </message>
        <message>
            <source>A goal needs its deadline.</source>
            <translation>Kailangan ng deadline ang layunin.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— pumili —</translation>
        </message>
        <message>
            <source>a new step</source>
            <translation>bagong hakbang</translation>
        </message>
        <message>
            <source>Steps (tick the done)</source>
            <translation>Mga hakbang (i-tsek ang tapos)</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>I-edit ang layunin</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Bagong layunin</translation>
        </message>
        <message>
            <source>A SMART goal: what (the goal and its steps), measured from Repdesk data (revenue, won deals, new accounts or a key number) against its target, owned, with a deadline. Its progress is computed, never typed.</source>
            <translation>Isang SMART na layunin: ano (ang layunin at mga hakbang), sinusukat mula sa data ng Repdesk (revenue, nakuhang deal, bagong account o key number) laban sa target, may owner, may deadline. Kinukwenta ang progreso, hindi tina-type.</translation>
        </message>
        <message>
            <source>Delete the plan {period} of {owner}?</source>
            <translation>Burahin ang plan {period} ng {owner}?</translation>
        </message>
        <message>
            <source>The history keeps every deleted row; an admin can restore it there.</source>
            <translation>Itinatago ng kasaysayan ang bawat nabura; maibabalik ito roon ng isang admin.</translation>
        </message>
        <message>
            <source>Delete the goal “{title}” of the plan {plan}?</source>
            <translation>Burahin ang layuning “{title}” ng plan na {plan}?</translation>
        </message>
        <message>
            <source>done</source>
            <translation>tapos</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planado</translation>
        </message>
        <message>
            <source>Rep *</source>
            <translation>Rep *</translation>
        </message>
        <message>
            <source>Calls {what}</source>
            <translation>Tawag {what}</translation>
        </message>
        <message>
            <source>Meetings {what}</source>
            <translation>Meeting {what}</translation>
        </message>
        <message>
            <source>Proposals {what}</source>
            <translation>Proposal {what}</translation>
        </message>
        <message>
            <source>Choose the rep whose week this is.</source>
            <translation>Piliin ang rep na may-ari ng linggong ito.</translation>
        </message>
        <message>
            <source>Deals that moved on</source>
            <translation>Mga deal na umusad</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>Mga deal na isusulong</translation>
        </message>
        <message>
            <source>Friday's report: week {week} of {rep}</source>
            <translation>Report sa Biyernes: linggo {week} ni {rep}</translation>
        </message>
        <message>
            <source>What was done this week, and which of the planned deals moved on. The team sees it beside Monday's plan.</source>
            <translation>Ang nagawa ngayong linggo, at kung aling planadong deal ang umusad. Nakikita ito ng team katabi ng plan ng Lunes.</translation>
        </message>
        <message>
            <source>Plan the week {week}</source>
            <translation>Planuhin ang linggo {week}</translation>
        </message>
        <message>
            <source>Monday's plan: the calls, meetings and proposals of the week and the rep's open deals to advance. Shared with the team.</source>
            <translation>Plan ng Lunes: mga tawag, meeting at proposal ng linggo at mga bukas na deal ng rep na isusulong. Nakabahagi sa team.</translation>
        </message>
        <message>
            <source>{measure} ({metric})</source>
            <translation>{measure} ({metric})</translation>
        </message>
        <message>
            <source>{done} of {all}</source>
            <translation>{done} sa {all}</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>{done} sa {planned}</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>hindi pa</translation>
        </message>
        <message>
            <source>done {day}</source>
            <translation>tapos {day}</translation>
        </message>
        <message>
            <source>Who owns the goal</source>
            <translation>Sino ang may-ari ng layunin</translation>
        </message>
        <message>
            <source>What Repdesk counts for it</source>
            <translation>Ang binibilang ng Repdesk para dito</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to the day shown (or its deadline)</source>
            <translation>Binilang mula sa data ng Repdesk mula simula ng layunin hanggang sa ipinakitang araw (o deadline nito)</translation>
        </message>
        <message>
            <source>Where a straight line from 0 at the start to the target at the deadline is today</source>
            <translation>Kung nasaan ngayon ang tuwid na linya mula 0 sa simula hanggang target sa deadline</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the pace; on track: at or above it</source>
            <translation>met: naabot ang target; missed: lumampas ang deadline nang hindi naabot; at risk: mababa sa 90% ng bilis; on track: nasa o higit dito</translation>
        </message>
        <message>
            <source>The goal's steps ticked done, of all its steps</source>
            <translation>Mga hakbang ng layunin na natapos, sa lahat ng hakbang</translation>
        </message>
        <message>
            <source>Plan period</source>
            <translation>Panahon ng plan</translation>
        </message>
        <message>
            <source>Sprint week of</source>
            <translation>Sprint week ng</translation>
        </message>
        <message>
            <source>This level's own target</source>
            <translation>Sariling target ng antas na ito</translation>
        </message>
        <message>
            <source>The targets of the plans one level below, added up (never two currencies as one)</source>
            <translation>Kabuuan ng mga target ng plan sa isang antas pababa (hindi pinagsasama ang dalawang currency)</translation>
        </message>
        <message>
            <source>Own target minus the sum below: positive, the level asks more than its parts plan; negative, its parts plan more</source>
            <translation>Sariling target bawas ang kabuuan sa ibaba: positibo, mas malaki ang hinihingi ng antas kaysa plano ng mga bahagi; negatibo, mas malaki ang plano ng mga bahagi</translation>
        </message>
        <message>
            <source>Done of planned (planned only, until Friday's report)</source>
            <translation>Tapos sa planado (planado lang, hanggang sa report sa Biyernes)</translation>
        </message>
        <message>
            <source>✓ moved on this week, ✗ did not</source>
            <translation>✓ umusad ngayong linggo, ✗ hindi</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Bagong plan…</translation>
        </message>
        <message>
            <source>Edit plan…</source>
            <translation>I-edit ang plan…</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Hatiin</translation>
        </message>
        <message>
            <source>Split the chosen plan into shorter periods; the parts add up to it exactly and replace an earlier split</source>
            <translation>Hatiin ang napiling plan sa mas maiikling panahon; eksaktong nagsusuma ang mga bahagi dito at papalitan nito ang naunang paghahati</translation>
        </message>
        <message>
            <source>New goal…</source>
            <translation>Bagong layunin…</translation>
        </message>
        <message>
            <source>Edit goal…</source>
            <translation>I-edit ang layunin…</translation>
        </message>
        <message>
            <source>Delete plan…</source>
            <translation>Burahin ang plan…</translation>
        </message>
        <message>
            <source>Delete goal…</source>
            <translation>Burahin ang layunin…</translation>
        </message>
        <message>
            <source>Plan the week…</source>
            <translation>Planuhin ang linggo…</translation>
        </message>
        <message>
            <source>Friday's report…</source>
            <translation>Report sa Biyernes…</translation>
        </message>
        <message>
            <source>Targets rolled up: rep → team → company</source>
            <translation>Pinagsamang target: rep → team → kumpanya</translation>
        </message>
        <message>
            <source>Sprints</source>
            <translation>Mga sprint</translation>
        </message>
        <message>
            <source>Double-click a row to edit it. Goals are measured from Repdesk data; the weeks are shared with the team. Also: “repdesk plan --help”.</source>
            <translation>I-double-click ang row para i-edit. Sinusukat ang mga layunin mula sa data ng Repdesk; nakabahagi sa team ang mga linggo. Tingnan din: “repdesk plan --help”.</translation>
        </message>
        <message>
            <source>The plans could not be loaded; try again.</source>
            <translation>Hindi ma-load ang mga plan; subukan ulit.</translation>
        </message>
        <message>
            <source>Goals due in {period}: status on {day}</source>
            <translation>Mga layuning due sa {period}: status noong {day}</translation>
        </message>
        <message>
            <source>Sprints of the week {week} ({start} – {end})</source>
            <translation>Mga sprint ng linggo {week} ({start} – {end})</translation>
        </message>
        <message>
            <source>No plan for {period} that you can see.</source>
            <translation>Walang plan para sa {period} na makikita mo.</translation>
        </message>
        <message>
            <source>Choose a row of a plan in the roll-up first (a team without a plan of its own has none to edit: make one with New plan…).</source>
            <translation>Pumili muna ng row ng plan sa roll-up (walang mae-edit ang team na walang sariling plan: gumawa gamit ang Bagong plan…).</translation>
        </message>
        <message>
            <source>Choose the plan to split in the roll-up first.</source>
            <translation>Piliin muna sa roll-up ang plan na hahatiin.</translation>
        </message>
        <message>
            <source>Splitting…</source>
            <translation>Hinahati…</translation>
        </message>
        <message>
            <source>Split into {n} parts that add up to the plan.</source>
            <translation>Hinati sa {n} bahagi na nagsusuma sa plan.</translation>
        </message>
        <message>
            <source>Not split: {why}</source>
            <translation>Hindi nahati: {why}</translation>
        </message>
        <message>
            <source>{owner} {period}</source>
            <translation>{owner} {period}</translation>
        </message>
        <message>
            <source>A goal belongs to a plan: make the period's plan first.</source>
            <translation>Kabilang sa plan ang layunin: gawin muna ang plan ng panahon.</translation>
        </message>
        <message>
            <source>Choose a goal first.</source>
            <translation>Pumili muna ng layunin.</translation>
        </message>
        <message>
            <source>Choose a plan in the roll-up first.</source>
            <translation>Pumili muna ng plan sa pinagsamang target.</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>Burahin ang plan</translation>
        </message>
        <message>
            <source>The plan {period} of {owner} was deleted.</source>
            <translation>Nabura na ang plan {period} ng {owner}.</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Burahin ang layunin</translation>
        </message>
        <message>
            <source>The goal “{title}” was deleted.</source>
            <translation>Nabura na ang layuning “{title}”.</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Binubura…</translation>
        </message>
        <message>
            <source>Not deleted: {why}</source>
            <translation>Hindi nabura: {why}</translation>
        </message>
        <message>
            <source>Reading the open deals…</source>
            <translation>Binabasa ang mga bukas na deal…</translation>
        </message>
        <message>
            <source>Choose the rep's planned week first: Friday's report follows Monday's plan.</source>
            <translation>Piliin muna ang planadong linggo ng rep: sumusunod ang report sa Biyernes sa plan ng Lunes.</translation>
        </message>
        <message>
            <source>New scorecard</source>
            <translation>Bagong scorecard</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Mga scorecard</translation>
        </message>
        <message>
            <source>zeroes the evaluation</source>
            <translation>ginagawang zero ang ebalwasyon</translation>
        </message>
        <message>
            <source>caps the evaluation at</source>
            <translation>nililimitahan ang ebalwasyon sa</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Bersyon</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Paglalarawan</translation>
        </message>
        <message>
            <source>A failed critical question</source>
            <translation>Bagsak na critical na tanong</translation>
        </message>
        <message>
            <source>Save scorecard</source>
            <translation>I-save ang scorecard</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Pagbati</translation>
        </message>
        <message>
            <source>Greeted the customer promptly</source>
            <translation>Agad na binati ang customer</translation>
        </message>
        <message>
            <source>A new scorecard: saving creates version 1.</source>
            <translation>Bagong scorecard: gagawa ng bersyon 1 ang pag-save.</translation>
        </message>
        <message>
            <source>Version {number}, not used yet: changes are saved into it.</source>
            <translation>Bersyon {number}, hindi pa nagagamit: dito sine-save ang mga pagbabago.</translation>
        </message>
        <message>
            <source>Scorecard not saved</source>
            <translation>Hindi na-save ang scorecard</translation>
        </message>
        <message>
            <source>Saved as version {number} (a new version).</source>
            <translation>Na-save bilang bersyon {number} (bagong bersyon).</translation>
        </message>
        <message>
            <source>Saved as version {number}.</source>
            <translation>Na-save bilang bersyon {number}.</translation>
        </message>
        <message>
            <source>New evaluation</source>
            <translation>Bagong ebalwasyon</translation>
        </message>
        <message>
            <source>the outside agency's name</source>
            <translation>pangalan ng panlabas na ahensya</translation>
        </message>
        <message>
            <source>who evaluated (your own name: Company ▸ Users and roles)</source>
            <translation>sino ang nag-evaluate (ikaw: Company ▸ Users at roles)</translation>
        </message>
        <message>
            <source>link to the call recording or a file (optional)</source>
            <translation>link sa recording ng tawag o sa file (opsyonal)</translation>
        </message>
        <message>
            <source>comments for the rep (optional)</source>
            <translation>mga komento para sa rep (opsyonal)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Evaluator</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Recording</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Mga komento</translation>
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation>I-save  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save &amp;&amp; next  (Ctrl+Shift+S)</source>
            <translation>I-save &amp;&amp; susunod  (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>choose a rep from the list</source>
            <translation>pumili ng rep mula sa listahan</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>sagutin ang kahit isang tanong</translation>
        </message>
        <message>
            <source>Saved for {rep} ({count} in this session). Next rep:</source>
            <translation>Na-save para kay {rep} ({count} sa session na ito). Susunod na rep:</translation>
        </message>
        <message>
            <source>New evaluation…  (Ctrl+E)</source>
            <translation>Bagong ebalwasyon…  (Ctrl+E)</translation>
        </message>
        <message>
            <source>Import agency results…</source>
            <translation>I-import ang resulta ng ahensya…</translation>
        </message>
        <message>
            <source>Rep name contains…</source>
            <translation>Pangalan ng rep…</translation>
        </message>
        <message>
            <source>All scorecards</source>
            <translation>Lahat ng scorecard</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>I-filter</translation>
        </message>
        <message>
            <source>{score} ⚠ critical</source>
            <translation>{score} ⚠ critical</translation>
        </message>
        <message>
            <source>{count} evaluations match the filter (the latest {limit} shown)</source>
            <translation>{count} ebalwasyon ang tugma sa filter (ipinapakita ang huling {limit})</translation>
        </message>
        <message>
            <source>{count} most recent evaluations (the latest {limit} shown)</source>
            <translation>{count} pinakabagong ebalwasyon (ipinapakita ang huling {limit})</translation>
        </message>
        <message>
            <source>Evaluation · {rep} · {date}</source>
            <translation>Ebalwasyon · {rep} · {date}</translation>
        </message>
        <message>
            <source>Comments: {text}</source>
            <translation>Mga komento: {text}</translation>
        </message>
        <message>
            <source>Recording: {link}</source>
            <translation>Recording: {link}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Isara</translation>
        </message>
        <message>
            <source>part inside each tier</source>
            <translation>bahagi sa loob ng bawat tier</translation>
        </message>
        <message>
            <source>all of the amount</source>
            <translation>buong halaga</translation>
        </message>
        <message>
            <source>Export (.csv / .xlsx)…</source>
            <translation>I-export (.csv / .xlsx)…</translation>
        </message>
        <message>
            <source>Incentive plans…</source>
            <translation>Mga incentive plan…</translation>
        </message>
        <message>
            <source>Select a rep to see the arithmetic.</source>
            <translation>Pumili ng rep para makita ang kuwenta.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rep}&lt;/b&gt;: {arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rep}&lt;/b&gt;: {arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Export commission</source>
            <translation>I-export ang komisyon</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Incentive plans</source>
            <translation>Mga incentive plan</translation>
        </message>
        <message>
            <source>company default (teams without their own plan)</source>
            <translation>default ng kumpanya (mga team na walang sariling plan)</translation>
        </message>
        <message>
            <source> % of won amount (no tiers or no quota)</source>
            <translation> % ng nakuhang halaga (walang tier o quota)</translation>
        </message>
        <message>
            <source>the part of the won amount inside each tier</source>
            <translation>ang bahagi ng nakuhang halaga sa loob ng bawat tier</translation>
        </message>
        <message>
            <source>all of the won amount, at the rate of the tier reached</source>
            <translation>buong nakuhang halaga, sa rate ng naabot na tier</translation>
        </message>
        <message>
            <source>From % of quota</source>
            <translation>Mula % ng quota</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Rate %</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Magdagdag ng tier</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>Magdagdag ng bonus</translation>
        </message>
        <message>
            <source>Remove selected row</source>
            <translation>Alisin ang napiling row</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>I-save ang plan</translation>
        </message>
        <message>
            <source>Base rate</source>
            <translation>Base rate</translation>
        </message>
        <message>
            <source>A tier's rate applies to</source>
            <translation>Ang rate ng tier ay para sa</translation>
        </message>
        <message>
            <source>Tiers (thresholds in % of quota; 50 means half the quota)</source>
            <translation>Mga tier (threshold sa % ng quota; 50 ay kalahati ng quota)</translation>
        </message>
        <message>
            <source>Bonuses: attainment and quality in %, deals as a count</source>
            <translation>Mga bonus: attainment at kalidad sa %, deal bilang bilang</translation>
        </message>
        <message>
            <source>row {row}: '{text}' is not a number</source>
            <translation>row {row}: hindi numero ang '{text}'</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Na-save.</translation>
        </message>
        <message>
            <source>all teams</source>
            <translation>lahat ng team</translation>
        </message>
        <message>
            <source>Assign suggested course</source>
            <translation>I-assign ang iminungkahing kurso</translation>
        </message>
        <message>
            <source>Gap: a section below</source>
            <translation>Gap: seksyong mababa sa</translation>
        </message>
        <message>
            <source>over the last</source>
            <translation>sa huling</translation>
        </message>
        <message>
            <source>evaluations ·</source>
            <translation>ebalwasyon ·</translation>
        </message>
        <message>
            <source>Show rep's trend</source>
            <translation>Trend ng rep</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Seksyon</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Average</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Ebalwasyon</translation>
        </message>
        <message>
            <source>Suggested course</source>
            <translation>Iminungkahing kurso</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurso</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Paksa</translation>
        </message>
        <message>
            <source>Sections it trains</source>
            <translation>Mga seksyong tinuturo</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Paparating</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Tapos</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>enrolments not completed</comment>
            <translation>Bukas</translation>
        </message>
        <message>
            <source>Score before</source>
            <translation>Bago</translation>
        </message>
        <message>
            <source>Score after</source>
            <translation>Matapos</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Pagbabago</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Simula</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Oras</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Naka-enroll</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Na-assign</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Bakit</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Bagong session…</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>Bagong kurso…</translation>
        </message>
        <message>
            <source>Score before vs after: each rep's average in the 120 days before completing the course against the 120 days after.</source>
            <translation>Score bago vs pagkatapos: average ng bawat rep sa 120 araw bago matapos ang kurso laban sa 120 araw pagkatapos.</translation>
        </message>
        <message>
            <source>Courses and their effect</source>
            <translation>Mga kurso at epekto nito</translation>
        </message>
        <message>
            <source>Training calendar</source>
            <translation>Kalendaryo ng training</translation>
        </message>
        <message>
            <source>Rep's training history</source>
            <translation>Kasaysayan ng training ng rep</translation>
        </message>
        <message>
            <source>Looking for gaps…</source>
            <translation>Naghahanap ng gap…</translation>
        </message>
        <message>
            <source>Gaps could not be read: {reason}</source>
            <translation>Hindi mabasa ang mga gap: {reason}</translation>
        </message>
        <message>
            <source>— none left: every course for it is taken or none is mapped —</source>
            <translation>— wala nang natitira: kinuha na ang bawat kurso para dito o walang naka-map —</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; course(s) just assigned.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; kurso ang kaka-assign.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; kurso ang kaka-assign.</numerusform>
            </translation>
        </message>
        <message>
            <source>{gaps} for {reps}, weakest first. Select rows and assign (or double-click one).</source>
            <translation>{gaps} para sa {reps}, pinakamahina muna. Pumili ng row at i-assign (o i-double-click ang isa).</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Remote</translation>
        </message>
        <message>
            <source>Training history · {rep}</source>
            <translation>Kasaysayan ng training · {rep}</translation>
        </message>
        <message>
            <source>Record an outcome</source>
            <translation>Itala ang resulta</translation>
        </message>
        <message>
            <source>Select a course in the rep's training history.</source>
            <translation>Pumili ng kurso sa kasaysayan ng training ng rep.</translation>
        </message>
        <message>
            <source>Assign a course</source>
            <translation>Mag-assign ng kurso</translation>
        </message>
        <message>
            <source>Select gaps that have a suggested course.</source>
            <translation>Pumili ng gap na may iminungkahing kurso.</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Hindi na-assign</translation>
        </message>
        <message>
            <source>Export training calendar</source>
            <translation>I-export ang kalendaryo ng training</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>Bagong kurso</translation>
        </message>
        <message>
            <source>product knowledge</source>
            <translation>kaalaman sa produkto</translation>
        </message>
        <message>
            <source>competitive intelligence</source>
            <translation>competitive intelligence</translation>
        </message>
        <message>
            <source>prospecting</source>
            <translation>prospecting</translation>
        </message>
        <message>
            <source>opportunity management</source>
            <translation>opportunity management</translation>
        </message>
        <message>
            <source>territory planning</source>
            <translation>pagpaplano ng teritoryo</translation>
        </message>
        <message>
            <source>professional communication</source>
            <translation>propesyonal na komunikasyon</translation>
        </message>
        <message>
            <source>sales standards</source>
            <translation>sales standards</translation>
        </message>
        <message>
            <source> h</source>
            <comment>hours</comment>
            <translation> oras</translation>
        </message>
        <message>
            <source>Scorecard sections it trains
(gaps there suggest it)</source>
            <translation>Mga seksyon ng scorecard na tinuturo nito
(ang mga gap doon ay nagmumungkahi nito)</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>Bagong training session</translation>
        </message>
        <message>
            <source>a room, or the meeting link</source>
            <translation>kuwarto, o link ng meeting</translation>
        </message>
        <message>
            <source>open to every team</source>
            <translation>bukas sa bawat team</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>walang limitasyon</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Upuan</translation>
        </message>
        <message>
            <source>Add a course to the catalogue first.</source>
            <translation>Magdagdag muna ng kurso sa katalogo.</translation>
        </message>
        <message>
            <source>Outcome · {course}</source>
            <translation>Resulta · {course}</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Dumalo</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Natapos noong</translation>
        </message>
        <message>
            <source>no test</source>
            <translation>walang test</translation>
        </message>
        <message>
            <source>Assessment score</source>
            <translation>Score sa assessment</translation>
        </message>
        <message>
            <source>{points} pts</source>
            <translation>{points} pts</translation>
        </message>
        <message>
            <source>last {count} months</source>
            <translation>huling {count} buwan</translation>
        </message>
        <message>
            <source>Rep average</source>
            <translation>Avg ng rep</translation>
        </message>
        <message>
            <source>Team average</source>
            <translation>Avg ng team</translation>
        </message>
        <message>
            <source>Rep vs team</source>
            <translation>Rep vs team</translation>
        </message>
        <message>
            <source>The trend could not be read: {reason}</source>
            <translation>Hindi mabasa ang takbo: {reason}</translation>
        </message>
        <message>
            <source>No evaluations yet: record one on the Evaluations tab.</source>
            <translation>Wala pang ebalwasyon: magtala sa tab na Ebalwasyon.</translation>
        </message>
        <message>
            <source>— overall only —</source>
            <translation>— overall lang —</translation>
        </message>
        <message>
            <source>{rep} · {team} · weakest sections: {sections}</source>
            <translation>{rep} · {team} · pinakamahinang seksyon: {sections}</translation>
        </message>
        <message>
            <source>no team</source>
            <translation>walang team</translation>
        </message>
        <message>
            <source>Rep overall</source>
            <translation>Overall ng rep</translation>
        </message>
        <message>
            <source>Team overall</source>
            <translation>Overall ng team</translation>
        </message>
        <message>
            <source>Rep · {section}</source>
            <translation>Rep · {section}</translation>
        </message>
        <message>
            <source>Team · {section}</source>
            <translation>Team · {section}</translation>
        </message>
        <message>
            <source>Monthly average score</source>
            <translation>Buwanang average na score</translation>
        </message>
        <message>
            <source>per team</source>
            <translation>bawat team</translation>
        </message>
        <message>
            <source>per territory</source>
            <translation>bawat teritoryo</translation>
        </message>
        <message>
            <source>per wave of mystery shops</source>
            <translation>bawat wave ng mystery shop</translation>
        </message>
        <message>
            <source>Put on the honour roll</source>
            <translation>Isama sa honor roll</translation>
        </message>
        <message>
            <source>League table</source>
            <translation>League table</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Ranggo</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Mataas</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>Mababa</translation>
        </message>
        <message>
            <source>Critical fails</source>
            <translation>Critical fail</translation>
        </message>
        <message>
            <source>all</source>
            <translation>lahat</translation>
        </message>
        <message>
            <source>&lt;b&gt;Honour roll:&lt;/b&gt; nobody yet.</source>
            <translation>&lt;b&gt;Honor roll:&lt;/b&gt; wala pa.</translation>
        </message>
        <message>
            <source>Honour roll</source>
            <translation>Honor roll</translation>
        </message>
        <message>
            <source>Edit rep…</source>
            <translation>I-edit ang rep…</translation>
        </message>
        <message>
            <source>Full history…</source>
            <translation>Buong kasaysayan…</translation>
        </message>
        <message>
            <source>Every change of this rep (Ctrl+H)</source>
            <translation>Bawat pagbabago ng rep na ito (Ctrl+H)</translation>
        </message>
        <message>
            <source>Not available: {reason}</source>
            <translation>Hindi available: {reason}</translation>
        </message>
        <message>
            <source>{metric}, week by week</source>
            <translation>{metric}, bawat linggo</translation>
        </message>
        <message>
            <source>Rep {id}</source>
            <translation>Rep {id}</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>walang target</translation>
        </message>
        <message>
            <source>from {agency}</source>
            <translation>mula sa {agency}</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>Teritoryo</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Hired</translation>
        </message>
        <message>
            <source>Left</source>
            <comment>left the company</comment>
            <translation>Umalis</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>beripikado</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>hindi beripikado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <source>Home base</source>
            <translation>Home base</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Ni-refer ni</translation>
        </message>
        <message>
            <source>Prior results</source>
            <translation>Nakaraan</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Builder — opens new accounts and territory</source>
            <translation>Builder — nagbubukas ng bagong account at teritoryo</translation>
        </message>
        <message>
            <source>Producer — grows existing accounts</source>
            <translation>Producer — nagpapalago ng kasalukuyang account</translation>
        </message>
        <message>
            <source>Probation rule:</source>
            <translation>Probation rule:</translation>
        </message>
        <message>
            <source>Not flagged by the probation rule.</source>
            <translation>Hindi na-flag ng probation rule.</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <source>{done} of {count} done</source>
            <translation>{done} sa {count} tapos</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Hakbang</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Improvement plan</source>
            <translation>Improvement plan</translation>
        </message>
        <message>
            <source>No improvement plan.</source>
            <translation>Walang improvement plan.</translation>
        </message>
        <message>
            <source>so far</source>
            <translation>sa ngayon</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>No key numbers or goals this quarter.</source>
            <translation>Walang key number o layunin ngayong quarter.</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Sa ngayon</translation>
        </message>
        <message>
            <source>{open} · {won} · {lost} this quarter</source>
            <translation>{open} · {won} · {lost} ngayong quarter</translation>
        </message>
        <message>
            <source>{n} open</source>
            <translation>{n} bukas</translation>
        </message>
        <message>
            <source>{n} won</source>
            <translation>{n} nakuha</translation>
        </message>
        <message>
            <source>{n} lost</source>
            <translation>{n} talo</translation>
        </message>
        <message>
            <source>Close</source>
            <comment>close date</comment>
            <translation>Close</translation>
        </message>
        <message>
            <source>and {n} more on the board</source>
            <translation>at {n} pa sa board</translation>
        </message>
        <message>
            <source>Next:</source>
            <translation>Susunod:</translation>
        </message>
        <message>
            <source>No one-on-one scheduled.</source>
            <translation>Walang naka-iskedyul na one-on-one.</translation>
        </message>
        <message>
            <source>numbers not recovered</source>
            <translation>hindi bumawi ang numero</translation>
        </message>
        <message>
            <source>No one-on-one held yet.</source>
            <translation>Wala pang naganap na one-on-one.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Wala pang review.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>No evaluations in the last twelve months.</source>
            <translation>Walang ebalwasyon sa nakaraang labindalawang buwan.</translation>
        </message>
        <message>
            <source>Section (weakest first)</source>
            <translation>Seksyon (pinakamahina muna)</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>No training assigned.</source>
            <translation>Walang naka-assign na training.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Base salary</source>
            <translation>Base salary</translation>
        </message>
        <message>
            <source>Own commission rate</source>
            <translation>Sariling commission rate</translation>
        </message>
        <message>
            <source>No commission this quarter: no won deals and no quota.</source>
            <translation>Walang komisyon ngayong quarter: walang nakuhang deal at walang quota.</translation>
        </message>
        <message>
            <source>{period} ({plan}): won {won}, commission {commission}</source>
            <translation>{period} ({plan}): nakuha {won}, komisyon {commission}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Linya</translation>
        </message>
        <message>
            <source>On</source>
            <comment>the amount a rate applies to</comment>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Komisyon</translation>
        </message>
        <message>
            <source>No recorded changes.</source>
            <translation>Walang naitalang pagbabago.</translation>
        </message>
        <message>
            <source>created</source>
            <translation>ginawa</translation>
        </message>
        <message>
            <source>Choose a review on the left.</source>
            <translation>Pumili ng review sa kaliwa.</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensyon</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Bigat</translation>
        </message>
        <message>
            <source>Figure of the quarter</source>
            <translation>Numero ng Q</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Mungkahi</translation>
        </message>
        <message>
            <source>Overall rating: –</source>
            <translation>Overall rating: –</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Override</translation>
        </message>
        <message>
            <source>Reason for the override (required)</source>
            <translation>Dahilan ng override (kailangan)</translation>
        </message>
        <message>
            <source>Figures against target</source>
            <translation>Numero vs target</translation>
        </message>
        <message>
            <source>Trend of the quarter</source>
            <translation>Trend ng quarter</translation>
        </message>
        <message>
            <source>The rep's own comments, entered when they acknowledge the review</source>
            <translation>Sariling komento ng rep, inilagay kapag kinilala niya ang review</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Mga lakas</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>Dapat pagbutihin</translation>
        </message>
        <message>
            <source>SMART goal (specific)</source>
            <translation>Layunin</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>Sukatan</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Goals for next quarter</source>
            <translation>Layunin sa susunod na quarter</translation>
        </message>
        <message>
            <source>Rep's comments</source>
            <translation>Komento ng rep</translation>
        </message>
        <message>
            <source>Pay and decision (HR only)</source>
            <translation>Sahod at desisyon (HR lang)</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Itala ang desisyon</translation>
        </message>
        <message>
            <source>Current pay</source>
            <translation>Kasalukuyang sahod</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Desisyon</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>I-submit</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>I-draft ulit</translation>
        </message>
        <message>
            <source>Rep acknowledges</source>
            <translation>Kinilala ng rep</translation>
        </message>
        <message>
            <source>Close review</source>
            <translation>Isara</translation>
        </message>
        <message>
            <source>– ({progress})</source>
            <translation>– ({progress})</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Reviewer {name}</source>
            <translation>Reviewer {name}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>closed {date}</source>
            <translation>isinara {date}</translation>
        </message>
        <message>
            <source>Rated by the reviewer</source>
            <translation>Ni-rate ng reviewer</translation>
        </message>
        <message>
            <source>Not available yet: {reason}</source>
            <translation>Hindi pa available: {reason}</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Hindi applicable</translation>
        </message>
        <message>
            <source>This review is closed and read-only.</source>
            <translation>Sarado at read-only ang review na ito.</translation>
        </message>
        <message>
            <source>Previous review {cycle}: {rating} ({status}).</source>
            <translation>Nakaraang review {cycle}: {rating} ({status}).</translation>
        </message>
        <message>
            <source>No previous review.</source>
            <translation>Walang nakaraang review.</translation>
        </message>
        <message>
            <source>One-on-ones this quarter: {held} held of {count}.</source>
            <translation>One-on-one ngayong quarter: {held} naganap sa {count}.</translation>
        </message>
        <message>
            <source>No one-on-ones recorded this quarter.</source>
            <translation>Walang naitalang one-on-one ngayong quarter.</translation>
        </message>
        <message>
            <source>Goals for this quarter: {goals}.</source>
            <translation>Layunin ngayong quarter: {goals}.</translation>
        </message>
        <message>
            <source>{goal} ({target} by {deadline})</source>
            <translation>{goal} ({target} bago mag-{deadline})</translation>
        </message>
        <message>
            <source>Improvement plan ({days} days from {start}, {outcome}): {progress}</source>
            <translation>Improvement plan ({days} araw mula {start}, {outcome}): {progress}</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>Key numbers</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Kalidad</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% ng target</translation>
        </message>
        <message>
            <source>{base} base, commission {rate}</source>
            <translation>{base} base, komisyon {rate}</translation>
        </message>
        <message>
            <source>{base} base</source>
            <translation>{base} base</translation>
        </message>
        <message>
            <source>Overall rating (from the weights): {rating}</source>
            <translation>Overall rating (mula sa bigat): {rating}</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this review. Your edits are still here; Save checks them against the current version.</source>
            <translation>Hindi na-save: may ibang nagbago ng review na ito. Nandito pa ang mga edit mo; susuriin ng I-save laban sa kasalukuyang bersyon.</translation>
        </message>
        <message>
            <source>Reloaded: the form shows the review as saved now.</source>
            <translation>Na-reload: ipinapakita ng form ang review ayon sa naka-save ngayon.</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {reason}</source>
            <translation>Hindi ma-reload; nananatili ang mga edit mo. {reason}</translation>
        </message>
        <message>
            <source>{action}…</source>
            <translation>{action}…</translation>
        </message>
        <message>
            <source>Review submitted.</source>
            <translation>Na-submit ang review.</translation>
        </message>
        <message>
            <source>Review returned.</source>
            <translation>Naibalik ang review.</translation>
        </message>
        <message>
            <source>Review acknowledged.</source>
            <translation>Kinilala ang review.</translation>
        </message>
        <message>
            <source>Review closed.</source>
            <translation>Naisara ang review.</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Tapos.</translation>
        </message>
        <message>
            <source>Not done: someone else changed this review meanwhile.</source>
            <translation>Hindi natapos: may ibang nagbago ng review na ito habang ginagawa.</translation>
        </message>
        <message>
            <source>Pay decision recorded.</source>
            <translation>Naitala ang desisyon sa sahod.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Goals of the sales plan due in the quarter</source>
            <translation>Mga layunin ng sales plan na due sa quarter</translation>
        </message>
        <message>
            <source>The goals of the sales plan could not be read: {why}</source>
            <translation>Hindi mabasa ang mga layunin ng sales plan: {why}</translation>
        </message>
        <message>
            <source>No goal of the rep's sales plan was due in this quarter.</source>
            <translation>Walang layunin ng sales plan ng rep na due sa quarter na ito.</translation>
        </message>
        <message>
            <source>{met} of {all} met (the rep's own plan's goals with their deadline in this quarter, measured from Repdesk data).</source>
            <translation>{met} sa {all} ang naabot (mga layunin ng sariling plan ng rep na may deadline sa quarter na ito, sinukat mula sa data ng Repdesk).</translation>
        </message>
        <message>
            <source>New cycle…</source>
            <translation>Bagong cycle…</translation>
        </message>
        <message>
            <source>PDFs for the list…</source>
            <translation>PDF ng listahan…</translation>
        </message>
        <message>
            <source>Team summary PDF…</source>
            <translation>PDF ng team…</translation>
        </message>
        <message>
            <source>A4</source>
            <comment>paper size</comment>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Buksan ang PDF</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Buksan ang folder</translation>
        </message>
        <message>
            <source>Put on improvement plan…</source>
            <translation>Isailalim sa improvement plan…</translation>
        </message>
        <message>
            <source>Loading the reviews…</source>
            <translation>Nilo-load ang mga review…</translation>
        </message>
        <message>
            <source>Could not load the reviews: {reason}</source>
            <translation>Hindi ma-load ang mga review: {reason}</translation>
        </message>
        <message>
            <source>on plan</source>
            <translation>naka-plan</translation>
        </message>
        <message>
            <source>{n} {status}</source>
            <translation>{n} {status}</translation>
        </message>
        <message>
            <source>No reviews in this cycle for this team.</source>
            <translation>Walang review sa cycle na ito para sa team na ito.</translation>
        </message>
        <message>
            <source>New review cycle</source>
            <translation>Bagong review cycle</translation>
        </message>
        <message>
            <source>Quarter (draft reviews for {scope}):</source>
            <translation>Quarter (draft na review para sa {scope}):</translation>
        </message>
        <message>
            <source>Review {cycle}: rated {rating}.</source>
            <translation>Review {cycle}: rating {rating}.</translation>
        </message>
        <message>
            <source>Review {cycle}: not rated yet.</source>
            <translation>Review {cycle}: wala pang rating.</translation>
        </message>
        <message>
            <source>Folder for the PDFs</source>
            <translation>Folder para sa mga PDF</translation>
        </message>
        <message>
            <source>Failed: {list}.</source>
            <translation>Nabigo: {list}.</translation>
        </message>
        <message>
            <source>Cancelled: no PDFs were kept.</source>
            <translation>Kinansela: walang PDF na itinabi.</translation>
        </message>
        <message>
            <source>Review PDFs</source>
            <translation>PDF ng review</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Naisulat ang {path}.</translation>
        </message>
        <message>
            <source>Reading the cycle…</source>
            <translation>Binabasa ang cycle…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Tapos</translation>
        </message>
        <message>
            <source>Writing the team summary…</source>
            <translation>Isinusulat ang buod ng team…</translation>
        </message>
        <message>
            <source>Improvement plan: {rep}</source>
            <translation>Improvement plan: {rep}</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} araw</translation>
        </message>
        <message>
            <source>The key number measured each week (its key, e.g. calls)</source>
            <translation>Ang key number na sinusukat bawat linggo (ang key nito, hal. calls)</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>Lingguhang target</translation>
        </message>
        <message>
            <source>Check-ins are scheduled every two weeks.</source>
            <translation>Naka-iskedyul ang check-in bawat dalawang linggo.</translation>
        </message>
        <message>
            <source>Export reps</source>
            <translation>I-export ang mga rep</translation>
        </message>
        <message>
            <source>Reps exported</source>
            <translation>Na-export ang mga rep</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Nabigo ang export</translation>
        </message>
        <message>
            <source>Exporting reps…</source>
            <translation>Ine-export ang mga rep…</translation>
        </message>
        <message>
            <source>Search name, email, territory, agency…</source>
            <translation>Hanapin ang pangalan, email, teritoryo, ahensya…</translation>
        </message>
        <message>
            <source>Below quota for the team's probation rule, or onboarding overdue</source>
            <translation>Mababa sa quota ayon sa probation rule ng team, o overdue ang onboarding</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Lahat ng status</translation>
        </message>
        <message>
            <source>All work modes</source>
            <translation>Lahat ng mode</translation>
        </message>
        <message>
            <source>All employment</source>
            <translation>Lahat ng uri</translation>
        </message>
        <message>
            <source>Add rep…</source>
            <translation>Magdagdag ng rep…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>I-edit…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>I-import…</translation>
        </message>
        <message>
            <source>Probation rule…</source>
            <translation>Probation rule…</translation>
        </message>
        <message>
            <source>Quarters below quota, in a row, before a rep of the chosen team is flagged</source>
            <translation>Ilang magkasunod na quarter na mababa sa quota bago ma-flag ang rep ng napiling team</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Mga column</translation>
        </message>
        <message>
            <source>Loading the roster…</source>
            <translation>Nilo-load ang roster…</translation>
        </message>
        <message>
            <source>{action} {what}</source>
            <comment>undo or redo, then what</comment>
            <translation>{action} {what}</translation>
        </message>
        <message>
            <source>Could not load the roster: {problem}</source>
            <translation>Hindi ma-load ang roster: {problem}</translation>
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;{n} on quota watch&lt;/span&gt; (below quota the team's number of quarters in a row)</source>
            <translation>&lt;span style='color:#b3261e'&gt;{n} sa quota watch&lt;/span&gt; (mababa sa quota nang ilang magkasunod na quarter ayon sa team)</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>I-reset ang column</translation>
        </message>
        <message>
            <source>Probation rule</source>
            <translation>Probation rule</translation>
        </message>
        <message>
            <source>{team}: flag reps below quota this many quarters in a row (0: never)</source>
            <translation>{team}: i-flag ang rep na mababa sa quota nang ganito karaming magkasunod na quarter (0: hindi kailanman)</translation>
        </message>
        <message>
            <source>Select a territory to see and set its quota.</source>
            <translation>Pumili ng teritoryo para makita at itakda ang quota nito.</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Taon {year}</translation>
        </message>
        <message>
            <source>Money (won amount)</source>
            <translation>Pera (nakuhang halaga)</translation>
        </message>
        <message>
            <source>Won deals (count)</source>
            <translation>Nakuhang deal (bilang)</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>halaga</translation>
        </message>
        <message>
            <source>Save quota</source>
            <translation>I-save ang quota</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>sa mga quarter</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>sa mga buwan</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>sa mga linggo</translation>
        </message>
        <message>
            <source>weights, e.g. 1,1,1,2</source>
            <translation>bigat, hal. 1,1,1,2</translation>
        </message>
        <message>
            <source>Empty: split evenly; or seasonal weights, e.g. 1,1,1,2</source>
            <translation>Walang laman: hatiin nang pantay; o seasonal na bigat, hal. 1,1,1,2</translation>
        </message>
        <message>
            <source>Share of the quota</source>
            <translation>Bahagi ng quota</translation>
        </message>
        <message>
            <source>Share evenly</source>
            <translation>Hatiin nang pantay</translation>
        </message>
        <message>
            <source>Save allocation</source>
            <translation>I-save ang allocation</translation>
        </message>
        <message>
            <source>Measured in</source>
            <translation>Sinusukat sa</translation>
        </message>
        <message>
            <source>Territory quota</source>
            <translation>Quota ng teritoryo</translation>
        </message>
        <message>
            <source>&lt;b&gt;Allocation to the reps covering the territory&lt;/b&gt;</source>
            <translation>&lt;b&gt;Allocation sa mga rep na sumasakop sa teritoryo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: quota, split and allocation</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: quota, hati at allocation</translation>
        </message>
        <message>
            <source>Split: {parts}</source>
            <translation>Hati: {parts}</translation>
        </message>
        <message>
            <source>Not a valid amount for: {names}</source>
            <translation>Hindi wastong halaga para sa: {names}</translation>
        </message>
        <message>
            <source>Allocated {total}; the territory has no quota for this period.</source>
            <translation>Na-allocate ang {total}; walang quota ang teritoryo para sa panahong ito.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: it adds up.</source>
            <translation>Na-allocate ang {total} sa {quota}: tugma ang kabuuan.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} not allocated.</source>
            <translation>Na-allocate ang {total} sa {quota}: {gap} ang hindi na-allocate.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} allocated beyond the territory's quota.</source>
            <translation>Na-allocate ang {total} sa {quota}: {gap} ang lampas sa quota ng teritoryo.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>Hindi halaga ang “{text}”.</translation>
        </message>
        <message>
            <source>Not split</source>
            <translation>Hindi nahati</translation>
        </message>
        <message>
            <source>“{text}” is not a list of weights.</source>
            <translation>Hindi listahan ng bigat ang “{text}”.</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>I-edit si {name}</translation>
        </message>
        <message>
            <source>Add a rep</source>
            <translation>Magdagdag ng rep</translation>
        </message>
        <message>
            <source>— no team —</source>
            <translation>— walang team —</translation>
        </message>
        <message>
            <source>known</source>
            <comment>hire date</comment>
            <translation>kilala</translation>
        </message>
        <message>
            <source>has left</source>
            <translation>umalis na</translation>
        </message>
        <message>
            <source>The language this rep's review PDF is printed in: its labels, dates and numbers. Comments stay as written. Company default: the language of whoever prints it.</source>
            <translation>Ang wikang gagamitin sa PDF ng review ng rep na ito: mga label, petsa at numero. Nananatili ang mga komento gaya ng pagkakasulat. Default ng kumpanya: ang wika ng nagpi-print.</translation>
        </message>
        <message>
            <source>Full name *</source>
            <translation>Buong pangalan *</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Gustong tawag</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>Work mode</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Petsa ng hire</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Petsa ng pagtatapos</translation>
        </message>
        <message>
            <source>Review language</source>
            <translation>Wika ng review</translation>
        </message>
        <message>
            <source>Hiring</source>
            <translation>Hiring</translation>
        </message>
        <message>
            <source>e.g. referred by a rep, job board, agency</source>
            <translation>hal. ni-refer ng rep, job board, ahensya</translation>
        </message>
        <message>
            <source>How: reference call, payslips, W-2…</source>
            <translation>Paano: reference call, payslip, W-2…</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— hindi nakatakda —</translation>
        </message>
        <message>
            <source>Builder — opens new accounts</source>
            <translation>Builder — nagbubukas ng bagong account</translation>
        </message>
        <message>
            <source>Compensation (visible to HR and admins only)</source>
            <translation>Kompensasyon (HR at admin lang ang nakakakita)</translation>
        </message>
        <message>
            <source>e.g. 5%</source>
            <translation>hal. 5%</translation>
        </message>
        <message>
            <source>Commission rate</source>
            <translation>Commission rate</translation>
        </message>
        <message>
            <source>Onboarding checklist</source>
            <translation>Onboarding checklist</translation>
        </message>
        <message>
            <source>{item} — with the {whom}, due {date}</source>
            <translation>{item} — kasama ang {whom}, due {date}</translation>
        </message>
        <message>
            <source>rep</source>
            <comment>onboarding: with the rep</comment>
            <translation>rep</translation>
        </message>
        <message>
            <source>{item}  (overdue)</source>
            <translation>{item}  (overdue)</translation>
        </message>
        <message>
            <source>Please correct the marked fields.</source>
            <translation>Pakitama ang mga minarkahang field.</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Hindi na-save: {problem}</translation>
        </message>
        <message>
            <source>Reloaded: the fields show the rep as saved now. Make your change again if it is still needed.</source>
            <translation>Na-reload: ipinapakita ng mga field ang rep ayon sa naka-save ngayon. Gawin ulit ang pagbabago kung kailangan pa.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this rep. Your edits are still here; saving again checks them against the current version.</source>
            <translation>Hindi na-save: may ibang nagbago ng rep na ito. Nandito pa ang mga edit mo; susuriin ng pag-save ulit laban sa kasalukuyang bersyon.</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {problem}</source>
            <translation>Hindi ma-reload; nananatili ang mga edit mo. {problem}</translation>
        </message>
        <message>
            <source>Stopping the save…</source>
            <translation>Itinitigil ang pag-save…</translation>
        </message>
        <message>
            <source>{days} d</source>
            <comment>tenure in days</comment>
            <translation>{days} a</translation>
        </message>
        <message>
            <source>{years} y {months} m</source>
            <comment>tenure</comment>
            <translation>{years} t {months} b</translation>
        </message>
        <message>
            <source>{months} m</source>
            <comment>tenure in months</comment>
            <translation>{months} b</translation>
        </message>
        <message>
            <source>Agency: {agency}</source>
            <translation>Ahensya: {agency}</translation>
        </message>
        <message>
            <source>Won / quota for {quarter}: {percent}</source>
            <translation>Nakuha / quota sa {quarter}: {percent}</translation>
        </message>
        <message>
            <source>{n} overdue</source>
            <comment>onboarding items</comment>
            <translation>{n} overdue</translation>
        </message>
        <message>
            <source>The rep's status; '{note}': below quota the team's number of completed quarters in a row and not at quota yet this quarter (the probation rule)</source>
            <translation>Status ng rep; '{note}': mababa sa quota nang ilang magkasunod na tapos na quarter ayon sa team at hindi pa naaabot ang quota ngayong quarter (ang probation rule)</translation>
        </message>
        <message>
            <source>Time since the hire date (d: days, m: months, y: years)</source>
            <translation>Panahon mula sa petsa ng hire (a: araw, b: buwan, t: taon)</translation>
        </message>
        <message>
            <source>Won deals (by close date) ÷ the rep's quota for {quarter}; green at 100%, blue from 75%, yellow from 50%, red below</source>
            <translation>Nakuhang deal (ayon sa close date) ÷ quota ng rep sa {quarter}; berde sa 100%, asul mula 75%, dilaw mula 50%, pula kung mas mababa</translation>
        </message>
        <message>
            <source>The next one-on-one scheduled with the rep</source>
            <translation>Ang susunod na naka-iskedyul na one-on-one sa rep</translation>
        </message>
        <message>
            <source>Onboarding checklist items past their due date</source>
            <translation>Mga item ng onboarding checklist na lampas na sa due date</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Idagdag ang {name}</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Pangalan ng kumpanya</translation>
        </message>
        <message>
            <source>Currency *</source>
            <translation>Currency *</translation>
        </message>
        <message>
            <source>the currency totals are shown in: USD, PHP…</source>
            <translation>ang currency ng mga total: USD, PHP…</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Simula ng fiscal year</translation>
        </message>
        <message>
            <source>Week starts on</source>
            <translation>Simula ng linggo</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Araw ng trabaho</translation>
        </message>
        <message>
            <source>e.g. Asia/Manila</source>
            <translation>hal. Asia/Manila</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Setting ng kumpanya</translation>
        </message>
        <message>
            <source>Totals in several currencies are converted to the company currency with the exchange rates (Company ▸ Exchange rates).</source>
            <translation>Kinokonvert ang mga total sa iba't ibang currency sa currency ng kumpanya gamit ang exchange rate (Company ▸ Exchange rates).</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Exchange rate</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>rate</translation>
        </message>
        <message>
            <source>One unit is worth</source>
            <translation>Halaga ng isang unit</translation>
        </message>
        <message>
            <source>{rate} in the company currency</source>
            <translation>{rate} sa currency ng kumpanya</translation>
        </message>
        <message>
            <source>EUR, PHP, IDR…</source>
            <translation>EUR, PHP, IDR…</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>Mula *</translation>
        </message>
        <message>
            <source>Rate *</source>
            <translation>Rate *</translation>
        </message>
        <message>
            <source>units of the company currency for one unit</source>
            <translation>unit ng currency ng kumpanya para sa isang unit</translation>
        </message>
        <message>
            <source>{currency} from {day}</source>
            <translation>{currency} mula {day}</translation>
        </message>
        <message>
            <source>rates</source>
            <translation>rate</translation>
        </message>
        <message>
            <source>What one unit of each currency is worth in the company currency, from a day on.</source>
            <translation>Halaga ng isang unit ng bawat currency sa currency ng kumpanya, mula sa isang araw.</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Users at roles</translation>
        </message>
        <message>
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>Login *</source>
            <translation>Login *</translation>
        </message>
        <message>
            <source>their database login on a server</source>
            <translation>ang database login nila sa server</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>a new server login only; leave empty to set it later</source>
            <translation>bagong server login lang; iwanang walang laman para itakda mamaya</translation>
        </message>
        <message>
            <source>— all teams —</source>
            <translation>— lahat ng team —</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>I-deactivate</translation>
        </message>
        <message>
            <source>users</source>
            <translation>user</translation>
        </message>
        <message>
            <source>Who may sign in, and as what: admins set up everything, sales managers run one team, HR sees pay, trainers see quality and training. On a PostgreSQL server this creates the person's own login, as `repdesk db grant` does.</source>
            <translation>Sino ang puwedeng mag-sign in, at bilang ano: ang admin ang nagse-set up ng lahat, ang sales manager ay may isang team, nakikita ng HR ang sahod, nakikita ng trainer ang kalidad at training. Sa PostgreSQL server, gagawa ito ng sariling login ng tao, gaya ng `repdesk db grant`.</translation>
        </message>
        <message>
            <source>Members — {team}</source>
            <translation>Miyembro — {team}</translation>
        </message>
        <message>
            <source>Add to team</source>
            <translation>Idagdag sa team</translation>
        </message>
        <message>
            <source>Take out of team</source>
            <translation>Alisin sa team</translation>
        </message>
        <message>
            <source>&lt;b&gt;{team}&lt;/b&gt; — its current reps</source>
            <translation>&lt;b&gt;{team}&lt;/b&gt; — ang kasalukuyang mga rep</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miyembro</translation>
        </message>
        <message>
            <source>— every team (or by country) —</source>
            <translation>— bawat team (o ayon sa bansa) —</translation>
        </message>
        <message>
            <source>teams in {country}</source>
            <translation>mga team sa {country}</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>lahat</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Pista opisyal</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>holiday</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Araw</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Day *</source>
            <translation>Araw *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Pangalan *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Bansa</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: for the teams there</source>
            <translation>dalawang letra, hal. PH: para sa mga team doon</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>Para lang sa</translation>
        </message>
        <message>
            <source>holidays</source>
            <translation>holiday</translation>
        </message>
        <message>
            <source>Days nobody is expected to work: goals, run rates and the no-numbers alert skip them. For everyone, for the teams of one country, or for one team.</source>
            <translation>Mga araw na walang inaasahang magtrabaho: nilalaktawan ng layunin, run rate at alerto sa walang numero. Para sa lahat, sa mga team ng isang bansa, o sa isang team.</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Pamagat *</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage *</source>
            <translation>Stage *</translation>
        </message>
        <message>
            <source>e.g. 25000</source>
            <translation>hal. 25000</translation>
        </message>
        <message>
            <source>USD, PHP, IDR, EUR…</source>
            <translation>USD, PHP, IDR, EUR…</translation>
        </message>
        <message>
            <source>— pick a rep —</source>
            <translation>— pumili ng rep —</translation>
        </message>
        <message>
            <source>deal</source>
            <translation>deal</translation>
        </message>
        <message>
            <source>deals</source>
            <translation>deal</translation>
        </message>
        <message>
            <source>Search deal titles and accounts…</source>
            <translation>Hanapin ang pamagat ng deal at account…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Hatiin…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Ipasa…</translation>
        </message>
        <message>
            <source>Give this rep's open deals (or the selected one) to another rep</source>
            <translation>Ipasa ang mga bukas na deal ng rep na ito (o ang napili) sa ibang rep</translation>
        </message>
        <message>
            <source>Deals of</source>
            <translation>Mga deal ni</translation>
        </message>
        <message>
            <source>Every rep (newest first)</source>
            <translation>Bawat rep (pinakabago muna)</translation>
        </message>
        <message>
            <source>newest &lt;b&gt;{count}&lt;/b&gt; shown</source>
            <translation>pinakabagong &lt;b&gt;{count}&lt;/b&gt; ang ipinapakita</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Bagong deal</translation>
        </message>
        <message>
            <source>Edit deal — {title}</source>
            <translation>I-edit ang deal — {title}</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Burahin ang deal</translation>
        </message>
        <message>
            <source>Delete the deal “{title}” with its notes and stage history?

Undo (Ctrl+Z) or an admin's restore in its history brings it back.</source>
            <translation>Burahin ang deal na “{title}” kasama ang mga tala at kasaysayan ng stage?

Maibabalik ito ng Undo (Ctrl+Z) o ng restore ng admin sa kasaysayan nito.</translation>
        </message>
        <message>
            <source>Split deal</source>
            <translation>Hatiin ang deal</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>Hindi numero ang “{text}”.</translation>
        </message>
        <message>
            <source>{handed_over} {skipped}</source>
            <translation>{handed_over} {skipped}</translation>
        </message>
        <message>
            <source>Hand over deals</source>
            <translation>Ipasa ang mga deal</translation>
        </message>
        <message>
            <source>Split — {title}</source>
            <translation>Hatiin — {title}</translation>
        </message>
        <message>
            <source>less than {amount}</source>
            <translation>mas mababa sa {amount}</translation>
        </message>
        <message>
            <source>{title} (split)</source>
            <translation>{title} (hati)</translation>
        </message>
        <message>
            <source>Split part of this deal off into a new deal in the same stage.</source>
            <translation>Ihiwalay ang bahagi ng deal na ito sa bagong deal sa parehong stage.</translation>
        </message>
        <message>
            <source>Amount to split off</source>
            <translation>Halagang ihihiwalay</translation>
        </message>
        <message>
            <source>New deal's title</source>
            <translation>Pamagat ng bagong deal</translation>
        </message>
        <message>
            <source>New deal's rep</source>
            <translation>Rep ng bagong deal</translation>
        </message>
        <message>
            <source>rep {number}</source>
            <translation>rep {number}</translation>
        </message>
        <message>
            <source>Hand over {name}'s deals</source>
            <translation>Ipasa ang mga deal ni {name}</translation>
        </message>
        <message>
            <source>only “{title}”</source>
            <translation>“{title}” lang</translation>
        </message>
        <message>
            <source>Every open deal of {name} goes to the rep you pick, in one change; a deal someone changes meanwhile is left as it is and reported.</source>
            <translation>Mapupunta ang bawat bukas na deal ni {name} sa rep na pipiliin mo, sa isang pagbabago; ang deal na binago ng iba habang ginagawa ay iiwan at iuulat.</translation>
        </message>
        <message>
            <source>Give them to</source>
            <translation>Ibigay kay</translation>
        </message>
        <message>
            <source>Not saved: {reason} Your edits are kept.</source>
            <translation>Hindi na-save: {reason} Nananatili ang mga edit mo.</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Miy</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Huw</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Biy</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sab</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Lin</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translation>Hindi buong numero ang “{text}”.</translation>
        </message>
        <message>
            <source>Set up the company</source>
            <translation>I-set up ang kumpanya</translation>
        </message>
        <message>
            <source>{number}. {step}</source>
            <translation>{number}. {step}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bumalik</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Susunod</translation>
        </message>
        <message>
            <source>Each step can be skipped and done later from the Company menu.</source>
            <translation>Puwedeng laktawan ang bawat hakbang at gawin mamaya mula sa menu na Company.</translation>
        </message>
        <message>
            <source>Import deals from a file…</source>
            <translation>I-import ang deal mula sa file…</translation>
        </message>
        <message>
            <source>Import reps from a file…</source>
            <translation>I-import ang rep mula sa file…</translation>
        </message>
        <message>
            <source>Add a rep…</source>
            <translation>Magdagdag ng rep…</translation>
        </message>
        <message>
            <source>Open the roster</source>
            <translation>Buksan ang roster</translation>
        </message>
        <message>
            <source>Open the deal board</source>
            <translation>Buksan ang deal board</translation>
        </message>
        <message>
            <source>Quotas, key numbers and goals, scorecards and reviews are set up on their own pages.</source>
            <translation>Ang quota, key number at layunin, scorecard at review ay sine-set up sa sarili nilang page.</translation>
        </message>
        <message>
            <source>archived {day}</source>
            <translation>na-archive {day}</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>ginagamit</translation>
        </message>
        <message>
            <source>— the company default —</source>
            <translation>— default ng kumpanya —</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Mga ahensya</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>ahensya</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Kontrata</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Contract from</source>
            <translation>Kontrata mula</translation>
        </message>
        <message>
            <source>Contract until</source>
            <translation>Kontrata hanggang</translation>
        </message>
        <message>
            <source>Fee amount</source>
            <translation>Halaga ng fee</translation>
        </message>
        <message>
            <source>e.g. 1200, or 12.5 for a percent</source>
            <translation>hal. 1200, o 12.5 para sa porsyento</translation>
        </message>
        <message>
            <source>Fee currency</source>
            <translation>Currency ng fee</translation>
        </message>
        <message>
            <source>PHP, IDR, EUR…</source>
            <translation>PHP, IDR, EUR…</translation>
        </message>
        <message>
            <source>Notice (days)</source>
            <translation>Notice (araw)</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Mga tuntunin</translation>
        </message>
        <message>
            <source>agencies</source>
            <translation>ahensya</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps: their contact, contract and fee.</source>
            <translation>Mga outsourcing agency na nagbibigay ng rep: contact, kontrata at fee nila.</translation>
        </message>
        <message>
            <source>{percent} of sales</source>
            <translation>{percent} ng sales</translation>
        </message>
        <message>
            <source>{amount} {fee_model}</source>
            <translation>{amount} {fee_model}</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>account</source>
            <translation>account</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Kliyente</translation>
        </message>
        <message>
            <source>client</source>
            <translation>kliyente</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>potensyal</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <source>SMB, Mid-market, Enterprise…</source>
            <translation>SMB, Mid-market, Enterprise…</translation>
        </message>
        <message>
            <source>a client already (not a potential one)</source>
            <translation>kliyente na (hindi potensyal)</translation>
        </message>
        <message>
            <source>Annual turnover</source>
            <translation>Taunang turnover</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>account</translation>
        </message>
        <message>
            <source>Client companies and potential clients, with the rep who owns each.</source>
            <translation>Mga kliyenteng kumpanya at potensyal na kliyente, kasama ang rep na may-ari ng bawat isa.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Mga team</translation>
        </message>
        <message>
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Sales model</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Probation rule (quarters)</source>
            <translation>Probation rule (quarter)</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: its public holidays</source>
            <translation>dalawang letra, hal. PH: ang mga holiday nito</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>I-archive</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>Miyembro…</translation>
        </message>
        <message>
            <source>teams</source>
            <translation>team</translation>
        </message>
        <message>
            <source>Teams, their manager and probation rule (quarters below quota in a row before a rep is flagged; 0 turns it off).</source>
            <translation>Mga team, ang manager nila at probation rule (ilang magkasunod na quarter na mababa sa quota bago ma-flag ang rep; 0 para i-off).</translation>
        </message>
        <message>
            <source>territory</source>
            <translation>teritoryo</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>Market potential</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Nasa loob ng</translation>
        </message>
        <message>
            <source>— top of the tree —</source>
            <translation>— itaas ng puno —</translation>
        </message>
        <message>
            <source>territories</source>
            <translation>teritoryo</translation>
        </message>
        <message>
            <source>The territory tree: regions, areas and named-account lists, any depth.</source>
            <translation>Ang puno ng teritoryo: region, area at listahan ng named account, anumang lalim.</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Company</translation>
        </message>
        <message>
            <source>Set the company up &amp;step by step…</source>
            <translation>I-set up ang kumpanya nang &amp;hakbang-hakbang…</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Kumpanya</translation>
        </message>
        <message>
            <source>Team's own</source>
            <translation>Sarili ng team</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>the company's default pipeline</source>
            <translation>ang default na pipeline ng kumpanya</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Magdagdag ng stage</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Alisin</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Taas</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Baba</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Mga stage</translation>
        </message>
        <message>
            <source>The win probability of “{stage}” is not a number.</source>
            <translation>Hindi numero ang win probability ng “{stage}”.</translation>
        </message>
        <message>
            <source>“{stage}” is stuck after a whole number of days, or blank.</source>
            <translation>Ang “{stage}” ay stuck pagkatapos ng buong bilang ng araw, o blangko.</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Mga pipeline</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>pipeline</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>— every team —</source>
            <translation>— bawat team —</translation>
        </message>
        <message>
            <source>pipelines</source>
            <translation>pipeline</translation>
        </message>
        <message>
            <source>The stages a deal goes through, in order. A pipeline needs one Won and one Lost stage; a team may have its own.</source>
            <translation>Ang mga stage na dinadaanan ng deal, nang sunod-sunod. Kailangan ng pipeline ng isang Won at isang Lost na stage; puwedeng may sariling pipeline ang team.</translation>
        </message>
        <message>
            <source>This {thing} no longer exists: someone deleted it.</source>
            <translation>Wala na ang {thing} na ito: may nagbura nito.</translation>
        </message>
        <message>
            <source>Company — {editor}</source>
            <translation>Kumpanya — {editor}</translation>
        </message>
        <message>
            <source>New {thing}…</source>
            <translation>Bagong {thing}…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Kasaysayan…</translation>
        </message>
        <message>
            <source>Every change of the selected record (Ctrl+H)</source>
            <translation>Bawat pagbabago ng napiling record (Ctrl+H)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; {things}</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; {things}</translation>
        </message>
        <message>
            <source>New {thing}</source>
            <translation>Bagong {thing}</translation>
        </message>
        <message>
            <source>Edit {thing} — {name}</source>
            <translation>I-edit ang {thing} — {name}</translation>
        </message>
        <message>
            <source>{action} {thing}</source>
            <translation>{action} {thing}</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”?

The change is recorded in the history; Undo (Ctrl+Z) brings it back.</source>
            <translation>{action} {thing} “{name}”?

Naitatala ang pagbabago sa kasaysayan; maibabalik ito ng Undo (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Add {thing} “{name}”</source>
            <translation>Idagdag ang {thing} “{name}”</translation>
        </message>
        <message>
            <source>Edit {thing} “{name}”</source>
            <translation>I-edit ang {thing} “{name}”</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”</source>
            <translation>{action} {thing} “{name}”</translation>
        </message>
        <message>
            <source>{amount} M</source>
            <comment>millions</comment>
            <translation>{amount} M</translation>
        </message>
        <message>
            <source>{amount} k</source>
            <comment>thousands</comment>
            <translation>{amount} k</translation>
        </message>
        <message>
            <source>Reassign rep…</source>
            <translation>Ilipat ang rep…</translation>
        </message>
        <message>
            <source>Drag a rep onto a territory to reassign them.</source>
            <translation>I-drag ang rep sa isang teritoryo para ilipat siya.</translation>
        </message>
        <message>
            <source>Effective</source>
            <comment>date a reassignment takes effect</comment>
            <translation>Epektibo</translation>
        </message>
        <message>
            <source>Select a territory or a rep to see who covered what.</source>
            <translation>Pumili ng teritoryo o rep para makita kung sino ang sumakop sa ano.</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Anumang oras</translation>
        </message>
        <message>
            <source>Covered in {quarter}</source>
            <translation>Sakop sa {quarter}</translation>
        </message>
        <message>
            <source>From</source>
            <comment>date range</comment>
            <translation>Mula</translation>
        </message>
        <message>
            <source>To</source>
            <comment>date range</comment>
            <translation>Hanggang</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potensyal</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Rep</translation>
        </message>
        <message>
            <source>Potential per rep</source>
            <translation>Potensyal/rep</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>Mga quota</translation>
        </message>
        <message>
            <source>Coverage and workload</source>
            <translation>Coverage at workload</translation>
        </message>
        <message>
            <source>Could not reload: {problem}</source>
            <translation>Hindi ma-reload: {problem}</translation>
        </message>
        <message>
            <source>{amount} unallocated</source>
            <translation>{amount} hindi na-allocate</translation>
        </message>
        <message>
            <source>{amount} over</source>
            <comment>allocated beyond the quota</comment>
            <translation>{amount} lampas</translation>
        </message>
        <message>
            <source>no rep</source>
            <translation>walang rep</translation>
        </message>
        <message>
            <source>Market potential per primary rep, millions (red: no rep)</source>
            <translation>Market potential bawat primary rep, milyon (pula: walang rep)</translation>
        </message>
        <message>
            <source>the territory</source>
            <translation>ang teritoryo</translation>
        </message>
        <message>
            <source>Quota of {place}, {period}</source>
            <translation>Quota ng {place}, {period}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: who covered it</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: sino ang sumakop</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: territories covered</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: mga sinakop na teritoryo</translation>
        </message>
        <message>
            <source>rep {id}</source>
            <translation>rep {id}</translation>
        </message>
        <message>
            <source>{title} in {quarter}</source>
            <translation>{title} sa {quarter}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ngayon</translation>
        </message>
        <message>
            <source>Move {rep} from {source} to {target}, effective {date}?

The current assignment ends the day before; the history keeps both.</source>
            <translation>Ilipat si {rep} mula {source} papunta sa {target}, epektibo {date}?

Magtatapos ang kasalukuyang assignment sa araw bago nito; itatabi ng kasaysayan ang dalawa.</translation>
        </message>
        <message>
            <source>this rep</source>
            <translation>ang rep na ito</translation>
        </message>
        <message>
            <source>Reassign rep</source>
            <translation>Ilipat ang rep</translation>
        </message>
        <message>
            <source>Not reassigned</source>
            <translation>Hindi nailipat</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Ilipat</translation>
        </message>
        <message>
            <source>Move {rep} to:</source>
            <translation>Ilipat si {rep} sa:</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>I-reset ang view</translation>
        </message>
        <message>
            <source>Show the whole period again after dragging the chart</source>
            <translation>Ipakita ulit ang buong panahon pagkatapos i-drag ang chart</translation>
        </message>
        <message>
            <source>Hover over the chart for exact values.</source>
            <translation>Itapat ang cursor sa chart para sa eksaktong value.</translation>
        </message>
        <message>
            <source>{series}: {value}</source>
            <translation>{series}: {value}</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>walang data</translation>
        </message>
        <message>
            <source>goal: {value}</source>
            <translation>layunin: {value}</translation>
        </message>
        <message>
            <source>{name}: {share} of goal</source>
            <translation>{name}: {share} ng layunin</translation>
        </message>
        <message>
            <source>% of goal</source>
            <translation>% ng layunin</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Binago ng iba</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Pagbabago mo</translation>
        </message>
        <message>
            <source>Saved now</source>
            <translation>Naka-save ngayon</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Binago ni</translation>
        </message>
        <message>
            <source>Highlighted: a field you and the other person both changed.</source>
            <translation>Naka-highlight: field na binago ninyong dalawa.</translation>
        </message>
        <message>
            <source>Drop your change and show the saved values</source>
            <translation>Itapon ang pagbabago mo at ipakita ang naka-save</translation>
        </message>
        <message>
            <source>Re-apply my change</source>
            <translation>Ilapat ulit ang pagbabago ko</translation>
        </message>
        <message>
            <source>Save your values on top of the saved record</source>
            <translation>I-save ang mga value mo sa ibabaw ng naka-save na record</translation>
        </message>
        <message>
            <source>Keep editing; nothing is saved</source>
            <translation>Ituloy ang pag-edit; walang sine-save</translation>
        </message>
        <message>
            <source>'{text}' is not a count</source>
            <translation>Hindi bilang ang '{text}'</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>Hindi buong numero ang '{text}'</translation>
        </message>
        <message>
            <source>{value} is outside 0–{most}</source>
            <translation>Labas sa 0–{most} ang {value}</translation>
        </message>
        <message>
            <source>goal {goal}</source>
            <translation>layunin {goal}</translation>
        </message>
        <message>
            <source>was empty</source>
            <translation>walang laman dati</translation>
        </message>
        <message>
            <source>was {value}</source>
            <translation>dati ay {value}</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>I-edit</translation>
        </message>
        <message>
            <source>Paste refused, row {row} column {column}: {problem}</source>
            <translation>Tinanggihan ang paste, row {row} column {column}: {problem}</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>I-paste</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hindi</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Lahat</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>I-clear ang filter</translation>
        </message>
        <message>
            <source>By</source>
            <comment>changed by</comment>
            <translation>Ni</translation>
        </message>
        <message>
            <source>to</source>
            <comment>date range</comment>
            <translation>hanggang</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Dati</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Pagkatapos</translation>
        </message>
        <message>
            <source>Restore these values</source>
            <translation>Ibalik ang mga value na ito</translation>
        </message>
        <message>
            <source>Put the 'Before' values of the selected change back (recorded as a new change)</source>
            <translation>Ibalik ang mga 'Bago' na value ng napiling pagbabago (itatala bilang bagong pagbabago)</translation>
        </message>
        <message>
            <source>No changes recorded for this record yet.</source>
            <translation>Wala pang naitalang pagbabago sa record na ito.</translation>
        </message>
        <message>
            <source>{action} — audit entry {id}</source>
            <translation>{action} — audit entry {id}</translation>
        </message>
        <message>
            <source>Restore the deleted record</source>
            <translation>Ibalik ang nabura na record</translation>
        </message>
        <message>
            <source>{days} days in this stage — stuck</source>
            <translation>{days} araw sa stage na ito — stuck</translation>
        </message>
        <message>
            <source>{days} days in this stage</source>
            <translation>{days} araw sa stage na ito</translation>
        </message>
        <message>
            <source>Expected to close {date}, {days} days ago</source>
            <translation>Inaasahang isasara {date}, {days} araw na ang nakalipas</translation>
        </message>
        <message>
            <source>{n} stuck</source>
            <translation>{n} stuck</translation>
        </message>
        <message>
            <source>{n} without a rate</source>
            <translation>{n} walang rate</translation>
        </message>
        <message>
            <source>weighted {amount}</source>
            <translation>weighted {amount}</translation>
        </message>
        <message>
            <source>; stuck after {days} days</source>
            <translation>; stuck pagkatapos ng {days} araw</translation>
        </message>
        <message>
            <source>. Left out of the total: {what}</source>
            <translation>. Hindi isinama sa total: {what}</translation>
        </message>
        <message>
            <source>{deals}, total {currency} {total}{basis}, weighted by {probability} = {weighted}</source>
            <translation>{deals}, total {currency} {total}{basis}, weighted ng {probability} = {weighted}</translation>
        </message>
        <message>
            <source>Open details</source>
            <translation>Buksan ang detalye</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Buksan muli…</translation>
        </message>
        <message>
            <source>{days} d late</source>
            <translation>{days} a huli</translation>
        </message>
        <message>
            <source>stuck {days} d</source>
            <translation>stuck {days} a</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} a</translation>
        </message>
        <message>
            <source>Score %</source>
            <translation>Score %</translation>
        </message>
        <message>
            <source>'{part}' needs points: write Label=points</source>
            <translation>Kailangan ng puntos ang '{part}': isulat ang Label=puntos</translation>
        </message>
        <message>
            <source>'{points}' is not a number of points</source>
            <translation>Hindi bilang ng puntos ang '{points}'</translation>
        </message>
        <message>
            <source>{what}: '{text}' is not a number</source>
            <translation>{what}: hindi numero ang '{text}'</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>Magdagdag ng seksyon</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Magdagdag ng tanong</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Itaas</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ibaba</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Bagong seksyon</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Bagong tanong</translation>
        </message>
        <message>
            <source>{section}, question {number}</source>
            <translation>{section}, tanong {number}</translation>
        </message>
        <message>
            <source>{where}: the scale top '{text}' is not a whole number</source>
            <translation>{where}: hindi buong numero ang pinakamataas sa scale na '{text}'</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{where} weight</source>
            <translation>Bigat ng {where}</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>critical</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Komento (opsyonal)</translation>
        </message>
        <message>
            <source>Y  Yes</source>
            <translation>Y  Oo</translation>
        </message>
        <message>
            <source>N  No</source>
            <translation>N  Hindi</translation>
        </message>
        <message>
            <source>A  N/A</source>
            <translation>A  N/A</translation>
        </message>
        <message>
            <source>Keys: &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; yes–no · a &lt;b&gt;digit&lt;/b&gt; for points or the option number · &lt;b&gt;A&lt;/b&gt; N/A · &lt;b&gt;Backspace&lt;/b&gt; clears · answering moves to the next question</source>
            <translation>Keys: &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; oo–hindi · &lt;b&gt;digit&lt;/b&gt; para sa puntos o numero ng opsyon · &lt;b&gt;A&lt;/b&gt; N/A · &lt;b&gt;Backspace&lt;/b&gt; binubura · ang pagsagot ay lilipat sa susunod na tanong</translation>
        </message>
        <message>
            <source>weight {weight}</source>
            <translation>bigat {weight}</translation>
        </message>
        <message>
            <source>Choose a scorecard.</source>
            <translation>Pumili ng scorecard.</translation>
        </message>
        <message>
            <source>critical question failed</source>
            <translation>bagsak ang critical na tanong</translation>
        </message>
        <message>
            <source>{n} unanswered</source>
            <translation>{n} walang sagot</translation>
        </message>
        <message>
            <source>Territory / rep</source>
            <translation>Teritoryo / rep</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Allocation</translation>
        </message>
        <message>
            <source>{name}  (overlay)</source>
            <translation>{name}  (overlay)</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>mula {date}</translation>
        </message>
        <message>
            <source>Drag onto another territory to reassign</source>
            <translation>I-drag sa ibang teritoryo para ilipat</translation>
        </message>
        <message>
            <source>Costs…</source>
            <translation>Gastos…</translation>
        </message>
        <message>
            <source>Tools, travel and other costs of the sales system, entered per month</source>
            <translation>Mga tool, biyahe at iba pang gastos ng sales system, inilalagay bawat buwan</translation>
        </message>
        <message>
            <source>Costs of the sales system — {period}</source>
            <translation>Gastos ng sales system — {period}</translation>
        </message>
        <message>
            <source>Costs of the sales system</source>
            <translation>Gastos ng sales system</translation>
        </message>
        <message>
            <source>Tools and travel per month, for a team or the whole company. The cost of the sales system adds them to base pay, commission and agency fees.</source>
            <translation>Tool at biyahe bawat buwan, para sa isang team o buong kumpanya. Idinaragdag ito ng gastos ng sales system sa base pay, komisyon at agency fee.</translation>
        </message>
        <message>
            <source>What it was, such as CRM seats</source>
            <translation>Ano ito, gaya ng CRM seats</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Buwan</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Uri</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Halaga</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Tala</translation>
        </message>
        <message>
            <source>A&amp;dd cost</source>
            <translation>&amp;Idagdag ang gastos</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>&amp;Burahin ang napili</translation>
        </message>
        <message>
            <source>The whole company</source>
            <translation>Ang buong kumpanya</translation>
        </message>
        <message>
            <source>No costs entered for this period.</source>
            <translation>Walang gastos na nailagay para sa panahong ito.</translation>
        </message>
        <message>
            <source>{n} costs in several currencies</source>
            <translation>{n} gastos sa iba't ibang currency</translation>
        </message>
        <message>
            <source>{n} costs, {amount} in all</source>
            <translation>{n} gastos, {amount} lahat</translation>
        </message>
        <message>
            <source>Enter the amount.</source>
            <translation>Ilagay ang halaga.</translation>
        </message>
        <message>
            <source>Select the cost to delete.</source>
            <translation>Piliin ang gastos na buburahin.</translation>
        </message>
        <message>
            <source>Delete cost</source>
            <translation>Burahin ang gastos</translation>
        </message>
        <message>
            <source>Delete the {kind} cost of {month}, {amount}?</source>
            <translation>Burahin ang gastos na {kind} ng {month}, {amount}?</translation>
        </message>
        <message>
            <source>Agencies and in-house teams are compared across the whole company you see.</source>
            <translation>Ikinukumpara ang mga ahensya at in-house team sa buong kumpanyang nakikita mo.</translation>
        </message>
        <message>
            <source>Agencies and in-house teams (amounts in {currency})</source>
            <translation>Ahensya at in-house team (halaga sa {currency})</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota</source>
            <translation>Attainment: nakuhang revenue laban sa quota</translation>
        </message>
        <message>
            <source>Each group's won revenue as a share of its reps' quotas; red below 100%</source>
            <translation>Nakuhang revenue ng bawat grupo bilang bahagi ng quota ng mga rep nito; pula kung mababa sa 100%</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota (the first {shown} of {count} groups)</source>
            <translation>Attainment: nakuhang revenue laban sa quota (ang unang {shown} sa {count} grupo)</translation>
        </message>
        <message>
            <source>Hover over a bar for its exact figures.</source>
            <translation>Itapat ang cursor sa bar para sa eksaktong numero.</translation>
        </message>
        <message>
            <source>Clients are accounts, not product lines: for a product line the customer base shows every client you see.</source>
            <translation>Ang kliyente ay account, hindi product line: para sa product line, ipinapakita ng customer base ang bawat kliyenteng nakikita mo.</translation>
        </message>
        <message>
            <source>Revenue from {start} to {end}. Clients: A {a} · B {b} · C {c}. {active} active, {falling} falling, {dormant} dormant, {potential} potential.</source>
            <translation>Revenue mula {start} hanggang {end}. Kliyente: A {a} · B {b} · C {c}. {active} aktibo, {falling} bumababa, {dormant} dormant, {potential} potensyal.</translation>
        </message>
        <message>
            <source>Customers (amounts in {currency})</source>
            <translation>Mga customer (halaga sa {currency})</translation>
        </message>
        <message>
            <source>Which clients the table lists, or the coverage of each territory's market potential</source>
            <translation>Aling kliyente ang nakalista sa table, o ang coverage ng market potential ng bawat teritoryo</translation>
        </message>
        <message>
            <source>Clients by ABC class</source>
            <translation>Kliyente ayon sa ABC class</translation>
        </message>
        <message>
            <source>How many clients are A, B or C (and of those, how many X, Y, Z)</source>
            <translation>Ilan ang kliyenteng A, B o C (at sa mga iyon, ilan ang X, Y, Z)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Ipakita</translation>
        </message>
        <message>
            <source>{xyz} clients</source>
            <translation>{xyz} kliyente</translation>
        </message>
        <message>
            <source>Coverage by territory (amounts in {currency})</source>
            <translation>Coverage ayon sa teritoryo (halaga sa {currency})</translation>
        </message>
        <message>
            <source>{which} clients (amounts in {currency})</source>
            <translation>{which} kliyente (halaga sa {currency})</translation>
        </message>
        <message>
            <source>Sales, {start} – {end} (amounts in {currency})</source>
            <translation>Sales, {start} – {end} (halaga sa {currency})</translation>
        </message>
        <message>
            <source>Won revenue by month</source>
            <translation>Nakuhang revenue bawat buwan</translation>
        </message>
        <message>
            <source>Won revenue of the slice in each month of the period's year (blue) against the same month a year before</source>
            <translation>Nakuhang revenue ng slice sa bawat buwan ng taon ng panahon (asul) laban sa parehong buwan noong nakaraang taon</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Reconnecting to the database… your edits are kept.</source>
            <translation>Muling kumokonekta sa database… nananatili ang mga edit mo.</translation>
        </message>
        <message>
            <source>Not saved: you stopped the save while the database could not be reached. Your edits are kept; press Save to try again.</source>
            <translation>Hindi na-save: itinigil mo ang pag-save habang hindi maabot ang database. Nananatili ang mga edit mo; pindutin ang I-save para subukan ulit.</translation>
        </message>
        <message>
            <source>Leads received in the period</source>
            <translation>Mga lead na natanggap sa panahon</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share called at least once</source>
            <translation>Sa mga bagong lead ng panahon, ang bahaging natawagan kahit isang beses</translation>
        </message>
        <message>
            <source>Median hours from a lead's arrival to the first call</source>
            <translation>Median na oras mula pagdating ng lead hanggang unang tawag</translation>
        </message>
        <message>
            <source>9 in 10 leads were called within this many hours</source>
            <translation>9 sa 10 lead ang natawagan sa loob ng ganitong oras</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share lost as a wrong or fake contact</source>
            <translation>Sa mga bagong lead ng panahon, ang bahaging natalo bilang mali o pekeng contact</translation>
        </message>
        <message>
            <source>Proposals sent in the period</source>
            <translation>Mga proposal na naipadala sa panahon</translation>
        </message>
        <message>
            <source>The amount of the proposals sent in the period</source>
            <translation>Halaga ng mga proposal na naipadala sa panahon</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share that reached a proposal by now</source>
            <translation>Sa mga bagong lead ng panahon, ang bahaging umabot na sa proposal</translation>
        </message>
        <message>
            <source>Deals that entered objection handling in the period</source>
            <translation>Mga deal na pumasok sa objection handling sa panahon</translation>
        </message>
        <message>
            <source>Deals lost while in objection handling</source>
            <translation>Mga deal na natalo habang nasa objection handling</translation>
        </message>
        <message>
            <source>Average days deals spent in objection handling</source>
            <translation>Average na araw ng deal sa objection handling</translation>
        </message>
        <message>
            <source>Deals won in the period (by close date)</source>
            <translation>Mga deal na nakuha sa panahon (ayon sa close date)</translation>
        </message>
        <message>
            <source>The amount of the deals won in the period</source>
            <translation>Halaga ng mga deal na nakuha sa panahon</translation>
        </message>
        <message>
            <source>Of the proposals sent in the period, the share won by now</source>
            <translation>Sa mga proposal na naipadala sa panahon, ang bahaging nakuha na</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share won by now</source>
            <translation>Sa mga bagong lead ng panahon, ang bahaging nakuha na</translation>
        </message>
        <message>
            <source>Deals lost in the period (by close date)</source>
            <translation>Mga deal na natalo sa panahon (ayon sa close date)</translation>
        </message>
        <message>
            <source>Won ÷ (won + lost) of the deals closed in the period</source>
            <translation>Nakuha ÷ (nakuha + talo) ng mga deal na isinara sa panahon</translation>
        </message>
        <message>
            <source>Won amount ÷ deals won (deals without an exchange rate left out)</source>
            <translation>Nakuhang halaga ÷ nakuhang deal (hindi kasama ang deal na walang exchange rate)</translation>
        </message>
        <message>
            <source>Median days from a lead's arrival to its win, over the period's wins</source>
            <translation>Median na araw mula pagdating ng lead hanggang makuha, sa mga nakuha sa panahon</translation>
        </message>
        <message>
            <source>Deals lost in the period that were reopened since</source>
            <translation>Mga deal na natalo sa panahon na binuksan muli mula noon</translation>
        </message>
        <message>
            <source>Of those reopened, how many were won</source>
            <translation>Sa mga binuksan muli, ilan ang nakuha</translation>
        </message>
        <message>
            <source>Of the deals lost in the period, the share reopened and won since</source>
            <translation>Sa mga deal na natalo sa panahon, ang bahaging binuksan muli at nakuha mula noon</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>Anumang petsa</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Next 30 days</source>
            <translation>Susunod na 30 araw</translation>
        </message>
        <message>
            <source>Next 90 days</source>
            <translation>Susunod na 90 araw</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Ngayong quarter</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Nakaraang quarter</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ngayong buwan</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Nakaraang buwan</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Ngayong taon</translation>
        </message>
        <message>
            <source>Funnel board</source>
            <translation>Funnel board</translation>
        </message>
        <message>
            <source>Move the selected card to the next / previous stage</source>
            <translation>Ilipat ang napiling card sa susunod / nakaraang stage</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Mga dialog</translation>
        </message>
        <message>
            <source>Save / close without saving</source>
            <translation>I-save / isara nang hindi sine-save</translation>
        </message>
        <message>
            <source>Whole company</source>
            <translation>Buong kumpanya</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Rep</translation>
        </message>
        <message>
            <source>Works on</source>
            <translation>Gumagana sa</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Median days in funnel</source>
            <translation>Median na araw sa funnel</translation>
        </message>
        <message>
            <source>Touches per deal</source>
            <translation>Touch bawat deal</translation>
        </message>
        <message>
            <source>Many small deals: the rep's median deal is under two thirds of the team's and they have more deals than the team's median rep; a few large deals: over 1.5 times, with fewer deals</source>
            <translation>Maraming maliit na deal: ang median deal ng rep ay mas mababa sa dalawang-katlo ng sa team at mas marami siyang deal kaysa median rep ng team; ilang malaking deal: higit sa 1.5 beses, na may mas kaunting deal</translation>
        </message>
        <message>
            <source>Deal size band: the thirds of the amounts (see the edges below)</source>
            <translation>Size band ng deal: mga katlo ng halaga (tingnan ang hangganan sa ibaba)</translation>
        </message>
        <message>
            <source>Deals closed in the period or still open, in this band</source>
            <translation>Mga deal na isinara sa panahon o bukas pa, sa band na ito</translation>
        </message>
        <message>
            <source>Won amounts in the company currency</source>
            <translation>Nakuhang halaga sa currency ng kumpanya</translation>
        </message>
        <message>
            <source>Median days from the lead to the close (or to today for open deals)</source>
            <translation>Median na araw mula lead hanggang close (o hanggang ngayon para sa bukas na deal)</translation>
        </message>
        <message>
            <source>Stage changes and notes per deal</source>
            <translation>Pagbabago ng stage at tala bawat deal</translation>
        </message>
        <message>
            <source>small</source>
            <translation>maliit</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>katamtaman</translation>
        </message>
        <message>
            <source>large</source>
            <translation>malaki</translation>
        </message>
        <message>
            <source>many small deals</source>
            <translation>maraming maliit na deal</translation>
        </message>
        <message>
            <source>a few large deals</source>
            <translation>ilang malaking deal</translation>
        </message>
        <message>
            <source>like the team</source>
            <translation>gaya ng team</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Lahat</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Lahat ng kliyente</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Dormant</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potensyal</translation>
        </message>
        <message>
            <source>Falling</source>
            <translation>Bumababa</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktibo</translation>
        </message>
        <message>
            <source>Coverage by territory</source>
            <translation>Coverage ayon sa teritoryo</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>potensyal</translation>
        </message>
        <message>
            <source>dormant</source>
            <translation>dormant</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>bumababa</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktibo</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>lead</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Dati</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>XYZ</source>
            <translation>XYZ</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Kalagayan</translation>
        </message>
        <message>
            <source>Last closed</source>
            <translation>Huling sarado</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Bukas na deal</translation>
        </message>
        <message>
            <source>The rep who owns the account</source>
            <translation>Ang rep na may-ari ng account</translation>
        </message>
        <message>
            <source>Won revenue in the 12 whole months up to the period's end</source>
            <translation>Nakuhang revenue sa 12 buong buwan hanggang sa dulo ng panahon</translation>
        </message>
        <message>
            <source>Won revenue in the 12 months before those</source>
            <translation>Nakuhang revenue sa 12 buwan bago nito</translation>
        </message>
        <message>
            <source>A: the largest clients that make 80% of revenue; B: the next 15%; C: the rest</source>
            <translation>A: ang pinakamalalaking kliyente na bumubuo ng 80% ng revenue; B: ang susunod na 15%; C: ang natitira</translation>
        </message>
        <message>
            <source>X: buys nearly every month; Y: at least every other month or with large swings; Z: a few purchases a year</source>
            <translation>X: bumibili halos bawat buwan; Y: kahit bawat ikalawang buwan o may malalaking ugoy; Z: ilang bili sa isang taon</translation>
        </message>
        <message>
            <source>potential: open deals, never won; dormant: nothing won, lost or open for 6 months; falling: revenue down 20% or more on the year before; active: a client otherwise; lead: neither</source>
            <translation>potensyal: may bukas na deal, hindi pa nakuha; dormant: walang nakuha, natalo o bukas sa loob ng 6 na buwan; bumababa: bumaba ang revenue nang 20% o higit kumpara noong nakaraang taon; aktibo: kliyente sa ibang kaso; lead: wala sa mga ito</translation>
        </message>
        <message>
            <source>The last deal won or lost</source>
            <translation>Ang huling deal na nakuha o natalo</translation>
        </message>
        <message>
            <source>Deals still open</source>
            <translation>Mga deal na bukas pa</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>Market potential</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kliyente</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>The territory's market potential as entered in its set-up</source>
            <translation>Market potential ng teritoryo ayon sa set-up nito</translation>
        </message>
        <message>
            <source>Won revenue of its accounts in the 12 months</source>
            <translation>Nakuhang revenue ng mga account nito sa 12 buwan</translation>
        </message>
        <message>
            <source>Revenue as a share of the market potential</source>
            <translation>Revenue bilang bahagi ng market potential</translation>
        </message>
        <message>
            <source>Accounts that have bought (active, falling or dormant)</source>
            <translation>Mga account na bumili na (aktibo, bumababa o dormant)</translation>
        </message>
        <message>
            <source>Accounts with open deals and nothing won yet</source>
            <translation>Mga account na may bukas na deal at wala pang nakuha</translation>
        </message>
        <message>
            <source>Clients gone quiet</source>
            <translation>Kliyenteng tumahimik</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Product line</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Buwan</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Halaga</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Tool</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Biyahe</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Iba pa</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Teritoryo</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Panahong ito</translation>
        </message>
        <message>
            <source>Period before</source>
            <translation>Naunang panahon</translation>
        </message>
        <message>
            <source>A year before</source>
            <translation>Isang taon bago</translation>
        </message>
        <message>
            <source>The period chosen above</source>
            <translation>Ang panahong pinili sa itaas</translation>
        </message>
        <message>
            <source>The period of the same length just before (the quarter before a quarter)</source>
            <translation>Ang panahong kapareho ang haba bago nito (ang quarter bago ang quarter)</translation>
        </message>
        <message>
            <source>The same period one year earlier</source>
            <translation>Ang parehong panahon isang taon bago</translation>
        </message>
        <message>
            <source>Won deals closed in the period, in the company currency at each deal's close-date rate</source>
            <translation>Mga nakuhang deal na isinara sa panahon, sa currency ng kumpanya sa rate ng close date ng bawat deal</translation>
        </message>
        <message>
            <source>Sales (won deals)</source>
            <translation>Sales (nakuhang deal)</translation>
        </message>
        <message>
            <source>How many deals were won in the period</source>
            <translation>Ilang deal ang nakuha sa panahon</translation>
        </message>
        <message>
            <source>Average check</source>
            <translation>Average check</translation>
        </message>
        <message>
            <source>Revenue per won deal</source>
            <translation>Revenue bawat nakuhang deal</translation>
        </message>
        <message>
            <source>Clients who bought</source>
            <translation>Kliyenteng bumili</translation>
        </message>
        <message>
            <source>Distinct accounts with a won deal in the period</source>
            <translation>Magkakaibang account na may nakuhang deal sa panahon</translation>
        </message>
        <message>
            <source>Average turnover per client</source>
            <translation>Average na turnover bawat kliyente</translation>
        </message>
        <message>
            <source>Revenue of deals with an account, per client who bought</source>
            <translation>Revenue ng mga deal na may account, bawat kliyenteng bumili</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>Gross profit</translation>
        </message>
        <message>
            <source>Revenue minus the cost of the sales whose cost is known</source>
            <translation>Revenue bawas ang gastos ng mga sale na may alam na gastos</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>Gross profit as a share of the revenue of those same sales</source>
            <translation>Gross profit bilang bahagi ng revenue ng parehong mga sale</translation>
        </message>
        <message>
            <source>Growth on the period before</source>
            <translation>Paglago vs naunang panahon</translation>
        </message>
        <message>
            <source>Revenue change against the period before</source>
            <translation>Pagbabago ng revenue laban sa naunang panahon</translation>
        </message>
        <message>
            <source>Growth on a year before</source>
            <translation>Paglago vs isang taon bago</translation>
        </message>
        <message>
            <source>Revenue change against the same period a year before</source>
            <translation>Pagbabago ng revenue laban sa parehong panahon isang taon bago</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>The quotas of the slice's reps for the period (pro-rated to the days of the period), in the company currency</source>
            <translation>Mga quota ng mga rep ng slice para sa panahon (pro-rated sa mga araw ng panahon), sa currency ng kumpanya</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>Pagtupad sa plan</translation>
        </message>
        <message>
            <source>Revenue as a share of the quota</source>
            <translation>Revenue bilang bahagi ng quota</translation>
        </message>
        <message>
            <source>Base pay</source>
            <translation>Base pay</translation>
        </message>
        <message>
            <source>Yearly salaries for the days employed in the period. Pay: shown to HR and admins only</source>
            <translation>Taunang sahod para sa mga araw na may trabaho sa panahon. Sahod: HR at admin lang ang nakakakita</translation>
        </message>
        <message>
            <source>Commission and bonuses of the period's commission run. Pay: shown to HR and admins only</source>
            <translation>Komisyon at bonus ng commission run ng panahon. Sahod: HR at admin lang ang nakakakita</translation>
        </message>
        <message>
            <source>Agency fees</source>
            <translation>Agency fee</translation>
        </message>
        <message>
            <source>What the outsourcing agencies charge for the slice's agency reps</source>
            <translation>Ang sinisingil ng mga outsourcing agency para sa mga agency rep ng slice</translation>
        </message>
        <message>
            <source>Other costs (tools, travel)</source>
            <translation>Ibang gastos (tool, biyahe)</translation>
        </message>
        <message>
            <source>Tools, travel and other costs entered for the period (Costs…), by their days in it</source>
            <translation>Tool, biyahe at iba pang gastos na inilagay para sa panahon (Gastos…), ayon sa mga araw nito sa panahon</translation>
        </message>
        <message>
            <source>Cost of the sales system</source>
            <translation>Gastos ng sales system</translation>
        </message>
        <message>
            <source>Base pay, commission, agency fees and other costs (those shown)</source>
            <translation>Base pay, komisyon, agency fee at iba pang gastos (ang mga ipinapakita)</translation>
        </message>
        <message>
            <source>Cost per unit of revenue</source>
            <translation>Gastos bawat unit ng revenue</translation>
        </message>
        <message>
            <source>Cost of the sales system as a share of revenue: 25% means 25 cents of cost for every 1 of revenue</source>
            <translation>Gastos ng sales system bilang bahagi ng revenue: ang 25% ay 25 sentimo ng gastos sa bawat 1 ng revenue</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Territory assignment</source>
            <translation>Assignment ng teritoryo</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Sahod</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Ahensya</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Spreadsheet (*.csv *.xlsx *.txt);;Lahat ng file (*)</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>CRM id</translation>
        </message>
        <message>
            <source>CRM user id</source>
            <translation>CRM user id</translation>
        </message>
        <message>
            <source>Active (CRM flag)</source>
            <translation>Aktibo (CRM flag)</translation>
        </message>
        <message>
            <source>Prior results verified</source>
            <translation>Beripikado ang dating resulta</translation>
        </message>
        <message>
            <source>Prior results note</source>
            <translation>Tala sa dating resulta</translation>
        </message>
        <message>
            <source>Profile (builder or producer)</source>
            <translation>Profile (builder o producer)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kailan</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Ni</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Ginawa</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Na-update</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Walang binago</translation>
        </message>
        <message>
            <source>Bad</source>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Na-undo</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Rep</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Umalis</translation>
        </message>
        <message>
            <source>Attrition</source>
            <translation>Attrition</translation>
        </message>
        <message>
            <source>Activity per rep-day</source>
            <translation>Aktibidad/rep-araw</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Nakuhang deal</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Gastos</translation>
        </message>
        <message>
            <source>Cost per won deal</source>
            <translation>Gastos/nakuhang deal</translation>
        </message>
        <message>
            <source>Cost per revenue</source>
            <translation>Gastos/revenue</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Tapos ng kontrata</translation>
        </message>
        <message>
            <source>An outsourcing agency (its reps in any team) or an in-house team</source>
            <translation>Isang outsourcing agency (ang mga rep nito sa anumang team) o in-house team</translation>
        </message>
        <message>
            <source>Reps who worked in the period</source>
            <translation>Mga rep na nagtrabaho sa panahon</translation>
        </message>
        <message>
            <source>Reps who left in the period</source>
            <translation>Mga rep na umalis sa panahon</translation>
        </message>
        <message>
            <source>Reps who left / the reps the group had at the period's start</source>
            <translation>Mga rep na umalis / ang mga rep ng grupo sa simula ng panahon</translation>
        </message>
        <message>
            <source>Won revenue / the quotas of the reps that have one</source>
            <translation>Nakuhang revenue / ang quota ng mga rep na mayroon nito</translation>
        </message>
        <message>
            <source>Activity entered per working day the reps were employed</source>
            <translation>Aktibidad na inilagay bawat araw ng trabaho na may trabaho ang mga rep</translation>
        </message>
        <message>
            <source>The mean of the reps' average evaluation scores</source>
            <translation>Mean ng average na evaluation score ng mga rep</translation>
        </message>
        <message>
            <source>Deals won in the period</source>
            <translation>Mga deal na nakuha sa panahon</translation>
        </message>
        <message>
            <source>Won revenue in the company currency</source>
            <translation>Nakuhang revenue sa currency ng kumpanya</translation>
        </message>
        <message>
            <source>An agency's fee for the period; an in-house team's base pay and commission (pay: HR and admins only)</source>
            <translation>Fee ng ahensya para sa panahon; base pay at komisyon ng in-house team (sahod: HR at admin lang)</translation>
        </message>
        <message>
            <source>Cost / won deals</source>
            <translation>Gastos / nakuhang deal</translation>
        </message>
        <message>
            <source>Cost as a share of revenue</source>
            <translation>Gastos bilang bahagi ng revenue</translation>
        </message>
        <message>
            <source>The agency contract's last day</source>
            <translation>Huling araw ng kontrata ng ahensya</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>ahensya</translation>
        </message>
        <message>
            <source>in-house</source>
            <translation>in-house</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>Key numbers</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Ebalwasyon</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● Live</translation>
        </message>
        <message>
            <source>Changes saved on other workstations show here at once.</source>
            <translation>Agad na lumalabas dito ang mga pagbabagong na-save sa ibang workstation.</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Muling kumokonekta…</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Your unsaved edits are kept; Repdesk reconnects by itself.</source>
            <translation>Naputol ang koneksyon sa database server. Nananatili ang mga hindi pa na-save na edit mo; kusang kumokonekta muli ang Repdesk.</translation>
        </message>
        <message>
            <source>● Shared file</source>
            <translation>● Shared file</translation>
        </message>
        <message>
            <source>Changes saved by other programs on this file show within seconds.</source>
            <translation>Lumalabas sa loob ng ilang segundo ang mga pagbabagong na-save ng ibang program sa file na ito.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;A console for the people who run sales teams whose reps are out of sight: field reps, remote reps and reps from outsourcing agencies.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;Isang console para sa mga namamahala ng sales team na hindi nakikita ang mga rep: field rep, remote rep at rep mula sa outsourcing agency.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
        <message>
            <source>sales manager</source>
            <translation>sales manager</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>HR</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>trainer</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Huling 4 na linggo</translation>
        </message>
        <message>
            <source>Last 13 weeks</source>
            <translation>Huling 13 linggo</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Huling 12 buwan</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Anumang oras</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Pamagat</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Ngayong linggo</translation>
        </message>
        <message>
            <source>Won so far this quarter (deals by close date)</source>
            <translation>Nakuha na ngayong quarter (deal ayon sa close date)</translation>
        </message>
        <message>
            <source>Open deals expected to close by the quarter's end (or with no date), each × its stage's win probability</source>
            <translation>Mga bukas na deal na inaasahang isasara bago matapos ang quarter (o walang petsa), bawat isa × win probability ng stage nito</translation>
        </message>
        <message>
            <source>What the rep's pace so far would add in the working days left: won ÷ days gone × days left</source>
            <translation>Ang idadagdag ng bilis ng rep sa natitirang araw ng trabaho: nakuha ÷ lumipas na araw × natitirang araw</translation>
        </message>
        <message>
            <source>Won + the average of the weighted funnel and the run-rate rest</source>
            <translation>Nakuha + average ng weighted funnel at run-rate na natitira</translation>
        </message>
        <message>
            <source>The rep's quota for the quarter</source>
            <translation>Quota ng rep sa quarter</translation>
        </message>
        <message>
            <source>Expected ÷ quota</source>
            <translation>Inaasahan ÷ quota</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Layunin</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Eight times in ten the month's wins should land in this range: the model's 10th and 90th percentiles</source>
            <translation>Walo sa sampung beses, dapat nasa saklaw na ito ang nakuha sa buwan: ang ika-10 at ika-90 percentile ng model</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Miyerkules</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Huwebes</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Biyernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Sabado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Linggo</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Bakit</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Huling 3 buwan</translation>
        </message>
        <message>
            <source>Last 6 months</source>
            <translation>Huling 6 na buwan</translation>
        </message>
        <message>
            <source>Last 3 years</source>
            <translation>Huling 3 taon</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Linggo</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Araw</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Buwan</translation>
        </message>
        <message>
            <source>{metric} per week</source>
            <translation>{metric} bawat linggo</translation>
        </message>
        <message>
            <source>{metric} per day</source>
            <translation>{metric} bawat araw</translation>
        </message>
        <message>
            <source>{metric} per month</source>
            <translation>{metric} bawat buwan</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <source>Who is on the team</source>
            <translation>Sino ang nasa team</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>Teritoryo</translation>
        </message>
        <message>
            <source>Who covers what: territory tree, assignments, quotas</source>
            <translation>Sino ang sumasakop sa ano: puno ng teritoryo, assignment, quota</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>Deals through the stages</source>
            <translation>Mga deal sa bawat stage</translation>
        </message>
        <message>
            <source>Numbers &amp; trends</source>
            <translation>Numero &amp; trend</translation>
        </message>
        <message>
            <source>Daily key numbers, goals, trends and the attention list</source>
            <translation>Araw-araw na key number, layunin, trend at bantayan</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Mga review</translation>
        </message>
        <message>
            <source>Quarterly performance reviews and improvement plans</source>
            <translation>Quarterly performance review at improvement plan</translation>
        </message>
        <message>
            <source>Quality &amp; training</source>
            <translation>Kalidad &amp; training</translation>
        </message>
        <message>
            <source>Mystery shopping, call reviews and training</source>
            <translation>Mystery shopping, review ng tawag at training</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Sales by slice and period, the customer base, agencies against in-house teams, deal sizes</source>
            <translation>Sales ayon sa slice at panahon, customer base, ahensya laban sa in-house team, laki ng deal</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Mga plan</translation>
        </message>
        <message>
            <source>The sales plan: targets rolled up, goals and their status, weekly sprints</source>
            <translation>Ang sales plan: pinagsamang target, layunin at status, lingguhang sprint</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>Field notes</translation>
        </message>
        <message>
            <source>Market intelligence from the field: competitors, prices, products, customer needs, events; the weekly digest</source>
            <translation>Market intelligence mula sa field: kakumpitensya, presyo, produkto, pangangailangan ng customer, event; ang lingguhang digest</translation>
        </message>
        <message>
            <source>Plan of</source>
            <translation>Plan ng</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Own target</source>
            <translation>Sariling target</translation>
        </message>
        <message>
            <source>Sum below</source>
            <translation>Kabuuan sa ibaba</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diperensya</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Tala</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Sukatan</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Sa ngayon</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Bilis</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Tapos na hakbang</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Tawag</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>Mga deal na isusulong</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>sa mga quarter</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>sa mga buwan</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>sa mga linggo</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Evaluator</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>Wave</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Kahit kailan</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Huling 30 araw</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Huling 90 araw</translation>
        </message>
        <message>
            <source>Tiers apply to</source>
            <translation>Ang tier ay para sa</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Cur.</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Nakuha</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>% Quota</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Komisyon</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>Mga bonus</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Kalidad</translation>
        </message>
        <message>
            <source>attainment at least (%)</source>
            <translation>attainment kahit (%)</translation>
        </message>
        <message>
            <source>won deals at least</source>
            <translation>nakuhang deal kahit</translation>
        </message>
        <message>
            <source>quality score at least (%)</source>
            <translation>quality score kahit (%)</translation>
        </message>
        <message>
            <source>Rep trend</source>
            <translation>Trend ng rep</translation>
        </message>
        <message>
            <source>League tables</source>
            <translation>League table</translation>
        </message>
        <message>
            <source>Gaps &amp;&amp; training</source>
            <translation>Gap &amp;&amp; training</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Mga scorecard</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Status, onboarding and improvement plan</source>
            <translation>Status, onboarding at improvement plan</translation>
        </message>
        <message>
            <source>Quota attainment by quarter</source>
            <translation>Naabot sa quota bawat quarter</translation>
        </message>
        <message>
            <source>Key numbers against goals</source>
            <translation>Key number laban sa layunin</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>One-on-one</translation>
        </message>
        <message>
            <source>Quality scores by section (last 12 months)</source>
            <translation>Quality score bawat seksyon (huling 12 buwan)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Pay and commission (HR and admins only)</source>
            <translation>Sahod at komisyon (HR at admin lang)</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Mga kamakailang pagbabago</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Naabot</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resulta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>Work mode</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Tenure</source>
            <translation>Tenure</translation>
        </message>
        <message>
            <source>Quota this qtr</source>
            <translation>Quota ng Q</translation>
        </message>
        <message>
            <source>Next 1:1</source>
            <translation>Sunod na 1:1</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Hired</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Sales manager</source>
            <translation>Sales manager</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Kumpanya</translation>
        </message>
        <message>
            <source>Name the company, its currency and its working week.</source>
            <translation>Pangalanan ang kumpanya, ang currency at linggo ng trabaho nito.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Mga team</translation>
        </message>
        <message>
            <source>Add the teams your reps work in — a team has a manager and a probation rule.</source>
            <translation>Idagdag ang mga team ng iyong mga rep — may manager at probation rule ang team.</translation>
        </message>
        <message>
            <source>Build the territory tree: regions, then the areas or account lists inside them.</source>
            <translation>Buuin ang puno ng teritoryo: mga region, saka ang mga area o listahan ng account sa loob nito.</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Mga ahensya</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps, if you work with any.</source>
            <translation>Mga outsourcing agency na nagbibigay ng rep, kung mayroon.</translation>
        </message>
        <message>
            <source>Import your reps from a spreadsheet or a CRM's user export, or add them one by one.</source>
            <translation>I-import ang mga rep mula sa spreadsheet o user export ng CRM, o idagdag isa-isa.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>The stages your deals go through. A new pipeline starts with five stages to rename; make it the default.</source>
            <translation>Ang mga stage na dinadaanan ng mga deal. Nagsisimula ang bagong pipeline sa limang stage na papalitan ng pangalan; gawin itong default.</translation>
        </message>
        <message>
            <source>Import your deals from a CRM export, or add them here.</source>
            <translation>I-import ang mga deal mula sa CRM export, o idagdag dito.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Tapos</translation>
        </message>
        <message>
            <source>The company is set up. Everything here stays in the Company menu.</source>
            <translation>Naka-set up na ang kumpanya. Nananatili ang lahat ng ito sa menu na Company.</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— wala —</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Setting…</translation>
        </message>
        <message>
            <source>&amp;Teams and members…</source>
            <translation>&amp;Mga team at miyembro…</translation>
        </message>
        <message>
            <source>Te&amp;rritory tree…</source>
            <translation>&amp;Puno ng teritoryo…</translation>
        </message>
        <message>
            <source>&amp;Pipelines and stages…</source>
            <translation>Mga &amp;pipeline at stage…</translation>
        </message>
        <message>
            <source>&amp;Agencies…</source>
            <translation>Mga &amp;ahensya…</translation>
        </message>
        <message>
            <source>A&amp;ccounts…</source>
            <translation>Mga a&amp;ccount…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>Mga &amp;deal…</translation>
        </message>
        <message>
            <source>Public &amp;holidays…</source>
            <translation>Mga &amp;holiday…</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>&amp;Exchange rate…</translation>
        </message>
        <message>
            <source>&amp;Users and roles…</source>
            <translation>&amp;Users at roles…</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Win %</source>
            <translation>Win %</translation>
        </message>
        <message>
            <source>Stuck after (days)</source>
            <translation>Stuck pagkaraan (araw)</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>Bagong lead</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Qualified</translation>
        </message>
        <message>
            <source>Proposal sent</source>
            <translation>Naipadala ang proposal</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Talo</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Binago</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Binura</translation>
        </message>
        <message>
            <source>Changed (batch)</source>
            <translation>Binago (batch)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Na-import</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(hindi naitala)</translation>
        </message>
        <message>
            <source>Section / question</source>
            <translation>Seksyon / tanong</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Uri</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Bigat</translation>
        </message>
        <message>
            <source>Scale top / options</source>
            <translation>Taas ng scale / opsyon</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Yes / no</source>
            <translation>Oo / hindi</translation>
        </message>
        <message>
            <source>Scale 0–N</source>
            <translation>Scale 0–N</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Pagpipilian</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Malayang text</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Mga customer</translation>
        </message>
        <message>
            <source>Deal sizes</source>
            <translation>Laki ng deal</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
    </context>
</TS>