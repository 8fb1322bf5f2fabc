<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name />
        <message>
            <source>No database open — File ▸ Open</source>
            <translation>Καμία βάση δεδομένων ανοιχτή — Αρχείο ▸ Άνοιγμα</translation>
        </message>
        <message>
            <source>Open a Repdesk database</source>
            <translation>Άνοιγμα βάσης δεδομένων Repdesk</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Βάσεις δεδομένων Repdesk (*.sqlite *.db);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <source>New company database</source>
            <translation>Νέα βάση δεδομένων εταιρείας</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite)</source>
            <translation>Βάσεις δεδομένων Repdesk (*.sqlite)</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server</source>
            <translation>Σύνδεση με διακομιστή PostgreSQL</translation>
        </message>
        <message>
            <source>Database address:</source>
            <translation>Διεύθυνση βάσης δεδομένων:</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Άνοιγμα της βάσης δεδομένων…</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων</translation>
        </message>
        <message>
            <source>This record was deleted</source>
            <translation>Η εγγραφή αυτή διαγράφηκε</translation>
        </message>
        <message>
            <source>Someone saved this record while you were editing it</source>
            <translation>Κάποιος άλλος αποθήκευσε την εγγραφή ενώ την επεξεργαζόσασταν</translation>
        </message>
        <message>
            <source>The database refused this save; nothing was written. Your edits are kept. ({reason})</source>
            <translation>Η βάση δεδομένων απέρριψε την αποθήκευση· δεν γράφτηκε τίποτα. Οι αλλαγές σας διατηρούνται. ({reason})</translation>
        </message>
        <message>
            <source>Being edited</source>
            <translation>Σε επεξεργασία</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Δεν αποθηκεύτηκε</translation>
        </message>
        <message>
            <source>Welcome to Repdesk</source>
            <translation>Καλώς ήρθατε στο Repdesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Repdesk&lt;/h2&gt;&lt;p&gt;There is no Repdesk database on this workstation yet.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Καλώς ήρθατε στο Repdesk&lt;/h2&gt;&lt;p&gt;Δεν υπάρχει ακόμη βάση δεδομένων Repdesk σε αυτόν τον υπολογιστή.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo company</source>
            <translation>Εξερευνήστε την εταιρεία επίδειξης</translation>
        </message>
        <message>
            <source>A realistic sales company with field, remote and agency reps.</source>
            <translation>Μια ρεαλιστική εταιρεία πωλήσεων με πωλητές πεδίου, εξ αποστάσεως και συνεργατών.</translation>
        </message>
        <message>
            <source>Start an empty company database</source>
            <translation>Ξεκινήστε με κενή βάση δεδομένων εταιρείας</translation>
        </message>
        <message>
            <source>A new file on this computer: {path}</source>
            <translation>Νέο αρχείο σε αυτόν τον υπολογιστή: {path}</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server…</source>
            <translation>Σύνδεση με διακομιστή PostgreSQL…</translation>
        </message>
        <message>
            <source>For a sales office sharing one database between workstations.</source>
            <translation>Για γραφείο πωλήσεων που μοιράζεται μία βάση δεδομένων μεταξύ υπολογιστών.</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>Γιατί χάθηκε;</translation>
        </message>
        <message>
            <source>— choose a reason —</source>
            <translation>— επιλέξτε λόγο —</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Λόγοι απώλειας</translation>
        </message>
        <message>
            <source>Reasons a deal can be lost for. A retired reason stays on the deals that have it. “Dirty lead” reasons count as rejected leads.</source>
            <translation>Λόγοι για τους οποίους χάνεται μια συμφωνία. Ένας λόγος που αποσύρεται μένει στις συμφωνίες του.
Οι λόγοι «άκυρος lead» μετρούν ως απορριφθέντα leads.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Λόγος</translation>
        </message>
        <message>
            <source>Dirty lead</source>
            <translation>Άκυρος lead</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Σε χρήση</translation>
        </message>
        <message>
            <source>Deal sizes are given for the company, a team, an agency or a rep; for a territory, segment or product line they show every rep you see.</source>
            <translation>Τα μεγέθη συμφωνιών δίνονται για την εταιρεία, μια ομάδα, έναν συνεργάτη ή πωλητή· για περιοχή, τμήμα ή γραμμή προϊόντων δείχνουν κάθε πωλητή που βλέπετε.</translation>
        </message>
        <message>
            <source>Band edges: {edges} (a deal of exactly an edge is in the band above).</source>
            <translation>Όρια ζωνών: {edges} (συμφωνία ακριβώς στο όριο ανήκει στην επάνω ζώνη).</translation>
        </message>
        <message>
            <source>Deal sizes (amounts in {currency})</source>
            <translation>Μεγέθη συμφωνιών (ποσά σε {currency})</translation>
        </message>
        <message>
            <source>Deals by size band (everyone in the analysis)</source>
            <translation>Συμφωνίες ανά ζώνη μεγέθους (όλοι στην ανάλυση)</translation>
        </message>
        <message>
            <source>Deals closed in the period or open, and deals won, in each band</source>
            <translation>Συμφωνίες που έκλεισαν στην περίοδο ή είναι ανοιχτές, και κερδισμένες, σε κάθε ζώνη</translation>
        </message>
        <message>
            <source>All deals of the team in this band: what each rep is compared with</source>
            <translation>Όλες οι συμφωνίες της ομάδας σε αυτή τη ζώνη: με αυτές συγκρίνεται κάθε πωλητής</translation>
        </message>
        <message>
            <source>All deals of the company in this band: what each rep is compared with</source>
            <translation>Όλες οι συμφωνίες της εταιρείας σε αυτή τη ζώνη: με αυτές συγκρίνεται κάθε πωλητής</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Συμφ.</translation>
        </message>
        <message>
            <source>New reason</source>
            <translation>Νέος λόγος</translation>
        </message>
        <message>
            <source>not a dirty lead</source>
            <translation>όχι άκυρος lead</translation>
        </message>
        <message>
            <source>dirty lead</source>
            <translation>άκυρος lead</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Προσθήκη</translation>
        </message>
        <message>
            <source>Of the period's deals that reached {first}, the share that went on to {second} by now</source>
            <translation>Από τις συμφωνίες της περιόδου που έφτασαν στο {first}, το ποσοστό που προχώρησε μέχρι τώρα στο {second}</translation>
        </message>
        <message>
            <source>Hide the deal</source>
            <translation>Απόκρυψη συμφωνίας</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Πίνακας</translation>
        </message>
        <message>
            <source>Stage KPIs</source>
            <translation>KPI σταδίων</translation>
        </message>
        <message>
            <source>Loading the deals…</source>
            <translation>Φόρτωση συμφωνιών…</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Όλες οι ομάδες</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>Κάθε πωλητής</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Κάθε περιοχή</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Κάθε πηγή</translation>
        </message>
        <message>
            <source>min amount</source>
            <translation>ελάχ. ποσό</translation>
        </message>
        <message>
            <source>max amount</source>
            <translation>μέγ. ποσό</translation>
        </message>
        <message>
            <source>Search deal or account</source>
            <translation>Συμφωνία ή λογαριασμός</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Σβήσιμο</translation>
        </message>
        <message>
            <source>Import deals…</source>
            <translation>Εισαγωγή…</translation>
        </message>
        <message>
            <source>Lost reasons…</source>
            <translation>Απώλειες…</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>Νέα συμφωνία…</translation>
        </message>
        <message>
            <source>Could not load the deals: {problem}</source>
            <translation>Δεν ήταν δυνατή η φόρτωση των συμφωνιών: {problem}</translation>
        </message>
        <message>
            <source>{pipeline}: {deals}; won and lost columns show the last 30 days. Drag a card, or select it and press Ctrl+→ / Ctrl+← to move it.</source>
            <translation>{pipeline}: {deals}· οι στήλες κερδισμένων και χαμένων δείχνουν τις τελευταίες 30 ημέρες. Σύρετε μια κάρτα ή επιλέξτε την και πατήστε Ctrl+→ / Ctrl+← για να τη μετακινήσετε.</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Χοάνη</translation>
        </message>
        <message>
            <source>Moved by someone else</source>
            <translation>Μετακινήθηκε από άλλον</translation>
        </message>
        <message>
            <source>Move it anyway</source>
            <translation>Μετακίνηση παρ' όλα αυτά</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Επαναφόρτωση</translation>
        </message>
        <message>
            <source>Not moved: a deal moved to Lost needs a reason.</source>
            <translation>Δεν μετακινήθηκε: μια συμφωνία που πάει στις Χαμένες χρειάζεται λόγο.</translation>
        </message>
        <message>
            <source>Moved to {stage} on top of the other change.</source>
            <translation>Μετακινήθηκε στο {stage} πάνω από την άλλη αλλαγή.</translation>
        </message>
        <message>
            <source>Deal {id}</source>
            <translation>Συμφωνία {id}</translation>
        </message>
        <message>
            <source>Reopened as deal {id}, back in the funnel.</source>
            <translation>Ανοίχτηκε ξανά ως συμφωνία {id}, πίσω στη χοάνη.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Υπολογισμός…</translation>
        </message>
        <message>
            <source>Select a card to see the deal.</source>
            <translation>Επιλέξτε μια κάρτα για να δείτε τη συμφωνία.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Λογαριασμός</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Πωλητής</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Περιοχή</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Ποσό</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Στάδιο</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Πηγή</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Αναμ. κλείσιμο</translation>
        </message>
        <message>
            <source>Lead received</source>
            <translation>Λήψη lead</translation>
        </message>
        <message>
            <source>First call</source>
            <translation>Πρώτη κλήση</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Λόγος απώλειας</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Ανοίχτηκε ξανά</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>Κωδ. CRM</translation>
        </message>
        <message>
            <source>Reopen this lost deal</source>
            <translation>Επανάνοιγμα χαμένης συμφωνίας</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ιστορικό σταδίων&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Σημειώσεις&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add a note…</source>
            <translation>Προσθήκη σημείωσης…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Προσθήκη σημείωσης</translation>
        </message>
        <message>
            <source>from lost deal {id}</source>
            <translation>από τη χαμένη συμφωνία {id}</translation>
        </message>
        <message>
            <source>as deal {ids}</source>
            <translation>ως συμφωνία {ids}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>κλειστή</translation>
        </message>
        <message>
            <source>still there</source>
            <translation>ακόμη εκεί</translation>
        </message>
        <message>
            <source>Choose a period, or type one: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-08-15</source>
            <translation>Επιλέξτε περίοδο ή πληκτρολογήστε: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-08-15</translation>
        </message>
        <message>
            <source>by rep</source>
            <translation>ανά πωλητή</translation>
        </message>
        <message>
            <source>by team</source>
            <translation>ανά ομάδα</translation>
        </message>
        <message>
            <source>whole company</source>
            <translation>όλη η εταιρεία</translation>
        </message>
        <message>
            <source>the last whole quarter</source>
            <translation>το τελευταίο ολόκληρο τρίμηνο</translation>
        </message>
        <message>
            <source>this quarter, to date</source>
            <translation>το τρέχον τρίμηνο, ως σήμερα</translation>
        </message>
        <message>
            <source>an earlier quarter</source>
            <translation>προηγούμενο τρίμηνο</translation>
        </message>
        <message>
            <source>last month</source>
            <translation>ο προηγούμενος μήνας</translation>
        </message>
        <message>
            <source>this month, to date</source>
            <translation>ο τρέχων μήνας, ως σήμερα</translation>
        </message>
        <message>
            <source>this year, to date</source>
            <translation>το τρέχον έτος, ως σήμερα</translation>
        </message>
        <message>
            <source>last year</source>
            <translation>το προηγούμενο έτος</translation>
        </message>
        <message>
            <source>Which part of the company the analysis is for</source>
            <translation>Για ποιο μέρος της εταιρείας είναι η ανάλυση</translation>
        </message>
        <message>
            <source>The team, territory, rep, agency, segment or product line</source>
            <translation>Η ομάδα, περιοχή, πωλητής, συνεργάτης, τμήμα ή γραμμή προϊόντων</translation>
        </message>
        <message>
            <source>A quarter (2026-Q3), a month (2026-07) or a year (2026); type another and press Enter</source>
            <translation>Τρίμηνο (2026-Q3), μήνας (2026-07) ή έτος (2026)· πληκτρολογήστε άλλο και πατήστε Enter</translation>
        </message>
        <message>
            <source>Export table…</source>
            <translation>Εξαγωγή…</translation>
        </message>
        <message>
            <source>Save the table in view as CSV or Excel (plain numbers)</source>
            <translation>Αποθήκευση του εμφανιζόμενου πίνακα ως CSV ή Excel (απλοί αριθμοί)</translation>
        </message>
        <message>
            <source>Save all four parts of the analysis for this slice and period as a PDF</source>
            <translation>Αποθήκευση και των τεσσάρων μερών της ανάλυσης για αυτή τη διάσταση και περίοδο ως PDF</translation>
        </message>
        <message>
            <source>Slice</source>
            <translation>Διάσταση</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Περίοδος</translation>
        </message>
        <message>
            <source>Reading the teams, territories and reps…</source>
            <translation>Φόρτωση λίστας…</translation>
        </message>
        <message>
            <source>(no {kind} to choose)</source>
            <translation>(κανένα {kind} για επιλογή)</translation>
        </message>
        <message>
            <source>There is no {kind} called {name} here.</source>
            <translation>Δεν υπάρχει {kind} με όνομα {name} εδώ.</translation>
        </message>
        <message>
            <source>There is no {kind} to choose.</source>
            <translation>Δεν υπάρχει {kind} για επιλογή.</translation>
        </message>
        <message>
            <source>the whole company</source>
            <translation>όλη η εταιρεία</translation>
        </message>
        <message>
            <source>segment {name}</source>
            <translation>τμήμα {name}</translation>
        </message>
        <message>
            <source>product line {name}</source>
            <translation>γραμμή προϊόντων {name}</translation>
        </message>
        <message>
            <source>Reading {part} for {slice}, {period}…</source>
            <translation>Ανάγνωση: {part} για {slice}, {period}…</translation>
        </message>
        <message>
            <source>{slice}, {period} ({start} – {end}).</source>
            <translation>{slice}, {period} ({start} – {end}).</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Εξαγωγή του πίνακα</translation>
        </message>
        <message>
            <source>Wait until the table is shown, then export it.</source>
            <translation>Περιμένετε να εμφανιστεί ο πίνακας και μετά κάντε εξαγωγή.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Σημείωση: {note}</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>Το {path} δεν γράφτηκε: {reason}.</translation>
        </message>
        <message>
            <source>Wrote {count} rows to {path}.</source>
            <translation>Γράφτηκαν {count} γραμμές στο {path}.</translation>
        </message>
        <message>
            <source>Save the analysis as PDF</source>
            <translation>Αποθήκευση ανάλυσης ως PDF</translation>
        </message>
        <message>
            <source>Reading {part}…</source>
            <translation>Ανάγνωση: {part}…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Σύνταξη του PDF…</translation>
        </message>
        <message>
            <source>Writing the analysis PDF…</source>
            <translation>Σύνταξη του PDF ανάλυσης…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Εξαγωγή…</translation>
        </message>
        <message>
            <source>Save the table as CSV or Excel</source>
            <translation>Αποθήκευση του πίνακα ως CSV ή Excel</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ποιος</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lost in the period&lt;/b&gt; — to re-work</source>
            <translation>&lt;b&gt;Χαμένες στην περίοδο&lt;/b&gt; — για νέα προσπάθεια</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Έκλεισε</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Συμφωνία</translation>
        </message>
        <message>
            <source>Lost at</source>
            <translation>Χάθηκε στο</translation>
        </message>
        <message>
            <source>Won again</source>
            <translation>Κερδήθηκε ξανά</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why deals were lost&lt;/b&gt; — and where</source>
            <translation>&lt;b&gt;Γιατί χάθηκαν οι συμφωνίες&lt;/b&gt; — και πού</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Χαμένες</translation>
        </message>
        <message>
            <source>At lead / qualification</source>
            <translation>Στο lead / αξιολόγηση</translation>
        </message>
        <message>
            <source>In objection handling</source>
            <translation>Στη διαχείριση αντιρρήσεων</translation>
        </message>
        <message>
            <source>Export stage KPIs</source>
            <translation>Εξαγωγή KPI σταδίων</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>All shown</source>
            <translation>Όλα τα εμφανιζόμενα</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ναι</translation>
        </message>
        <message>
            <source>{start} – {end}: {lost}, {reopened} reopened, {won} of them won later.</source>
            <translation>{start} – {end}: {lost}, {reopened} ανοίχτηκαν ξανά, {won} από αυτές κερδήθηκαν αργότερα.</translation>
        </message>
        <message>
            <source>Repdesk user guide</source>
            <translation>Οδηγός χρήσης Repdesk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Συντομεύσεις πληκτρολογίου</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Πού</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Πλήκτρα</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Τι κάνει</translation>
        </message>
        <message>
            <source>History — {kind} {record}</source>
            <translation>Ιστορικό — {kind} {record}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{kind}: {record}&lt;/b&gt; — every change, newest first</source>
            <translation>&lt;b&gt;{kind}: {record}&lt;/b&gt; — κάθε αλλαγή, οι νεότερες πρώτα</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Ιστορικό</translation>
        </message>
        <message>
            <source>Bring this deleted record back with its last values?</source>
            <translation>Επαναφορά αυτής της διαγραμμένης εγγραφής με τις τελευταίες τιμές της;</translation>
        </message>
        <message>
            <source>Put back the earlier values of: {fields}?</source>
            <translation>Επαναφορά των προηγούμενων τιμών για: {fields};</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Επαναφορά</translation>
        </message>
        <message>
            <source>{question}

The restore is recorded in the history as your change.</source>
            <translation>{question}

Η επαναφορά καταγράφεται στο ιστορικό ως δική σας αλλαγή.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Δεν εισάγεται</translation>
        </message>
        <message>
            <source>The file's column '{header}' is not imported</source>
            <translation>Η στήλη «{header}» του αρχείου δεν εισάγεται</translation>
        </message>
        <message>
            <source>The file's column '{header}' goes to {field}</source>
            <translation>Η στήλη «{header}» του αρχείου πηγαίνει στο {field}</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Επιλογή αρχείου</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) export. Its first rows are shown as they will be imported.</source>
            <translation>Μια εξαγωγή CSV ή Excel (.xlsx). Οι πρώτες γραμμές εμφανίζονται όπως θα εισαχθούν.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Δεν επιλέχθηκε αρχείο</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Επιλογή αρχείου…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Εισαγωγή</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Αρχείο</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Μορφή</translation>
        </message>
        <message>
            <source>Written as</source>
            <translation>Γράφεται ως</translation>
        </message>
        <message>
            <source>Choose a file to see its first rows.</source>
            <translation>Επιλέξτε αρχείο για να δείτε τις πρώτες γραμμές του.</translation>
        </message>
        <message>
            <source>Import: {kind}</source>
            <translation>Εισαγωγή: {kind}</translation>
        </message>
        <message>
            <source>Reading the start of the file…</source>
            <translation>Ανάγνωση της αρχής του αρχείου…</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>Δεν είναι δυνατή η εισαγωγή του αρχείου</translation>
        </message>
        <message>
            <source>The first {n} row(s).</source>
            <translation>Πρώτες γραμμές: {n}.</translation>
        </message>
        <message>
            <source>The first {n} row(s) of the file.</source>
            <translation>Πρώτες γραμμές του αρχείου: {n}.</translation>
        </message>
        <message>
            <source>row {row}, {field}: {why}</source>
            <translation>γραμμή {row}, {field}: {why}</translation>
        </message>
        <message>
            <source>{n} cell(s) cannot be read (red; point at one for the reason): {cells}.</source>
            <translation>Κελιά που δεν διαβάζονται: {n} (κόκκινα· δείξτε ένα για τον λόγο): {cells}.</translation>
        </message>
        <message>
            <source>Columns mapped as in the saved mapping '{name}'.</source>
            <translation>Οι στήλες αντιστοιχίστηκαν όπως στην αποθηκευμένη αντιστοίχιση «{name}».</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Ιστορικό εισαγωγών</translation>
        </message>
        <message>
            <source>Loading the imports…</source>
            <translation>Φόρτωση εισαγωγών…</translation>
        </message>
        <message>
            <source>Undo import…</source>
            <translation>Αναίρεση εισαγωγής…</translation>
        </message>
        <message>
            <source>{day} by {login}</source>
            <translation>{day} από {login}</translation>
        </message>
        <message>
            <source>No import has been made into this database yet.</source>
            <translation>Δεν έχει γίνει ακόμη καμία εισαγωγή σε αυτή τη βάση δεδομένων.</translation>
        </message>
        <message>
            <source>{undone} {listed}</source>
            <translation>{undone} {listed}</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Αναίρεση εισαγωγής</translation>
        </message>
        <message>
            <source>Undo import {number} of {file} ({when}, {login})? The rows it created are removed and the rows it changed get their earlier values back.</source>
            <translation>Αναίρεση της εισαγωγής {number} του {file} ({when}, {login}); Οι γραμμές που δημιούργησε αφαιρούνται και όσες άλλαξε παίρνουν πίσω τις προηγούμενες τιμές τους.</translation>
        </message>
        <message>
            <source>Cannot undo this import</source>
            <translation>Δεν είναι δυνατή η αναίρεση αυτής της εισαγωγής</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Εισαγωγή</translation>
        </message>
        <message>
            <source>Cancel stops the import and writes nothing.</source>
            <translation>Το Άκυρο σταματά την εισαγωγή χωρίς να γράψει τίποτα.</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Ακύρωση εισαγωγής</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Εισαγωγή του {file}…</translation>
        </message>
        <message>
            <source>Cancelling: undoing what the import had started…</source>
            <translation>Ακύρωση: αναιρείται ό,τι είχε ξεκινήσει η εισαγωγή…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Ακυρώθηκε: δεν γράφτηκε τίποτα.</translation>
        </message>
        <message>
            <source>{problem} Nothing was written.</source>
            <translation>{problem} Δεν γράφτηκε τίποτα.</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Εισήχθη</translation>
        </message>
        <message>
            <source>The pages that show this data have been refreshed.</source>
            <translation>Οι σελίδες που δείχνουν αυτά τα δεδομένα ανανεώθηκαν.</translation>
        </message>
        <message>
            <source>{file} is imported.</source>
            <translation>Το {file} εισήχθη.</translation>
        </message>
        <message>
            <source>{n} unchanged: already as in the file.</source>
            <translation>{n} αμετάβλητες: ήδη όπως στο αρχείο.</translation>
        </message>
        <message>
            <source>It is import {number}: File ▸ Import history… can undo it.</source>
            <translation>Είναι η εισαγωγή {number}: μπορείτε να την αναιρέσετε από Αρχείο ▸ Ιστορικό εισαγωγών…</translation>
        </message>
        <message>
            <source>{n} bad row(s) were left out:</source>
            <translation>Λανθασμένες γραμμές που παραλείφθηκαν: {n}</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Αντιστοίχιση στηλών</translation>
        </message>
        <message>
            <source>Choose the field each column of the file fills, or ignore it. The choices can be saved for the next file from the same source.</source>
            <translation>Επιλέξτε το πεδίο που συμπληρώνει κάθε στήλη του αρχείου ή αγνοήστε τη. Οι επιλογές μπορούν να αποθηκευτούν για το επόμενο αρχείο από την ίδια πηγή.</translation>
        </message>
        <message>
            <source>Save this mapping…</source>
            <translation>Αποθήκευση αντιστοίχισης…</translation>
        </message>
        <message>
            <source>Saved mappings</source>
            <translation>Αποθηκευμένες αντιστοιχίσεις</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Επιλογές</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Στήλη αρχείου</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Πρώτες τιμές</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Πηγαίνει σε</translation>
        </message>
        <message>
            <source>(column {number}, no name)</source>
            <translation>(στήλη {number}, χωρίς όνομα)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(κενό)</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— παράβλεψη —</translation>
        </message>
        <message>
            <source>{field} (required)</source>
            <translation>{field} (υποχρεωτικό)</translation>
        </message>
        <message>
            <source>A question (its text or Q1, Q2…)</source>
            <translation>Ερώτηση (το κείμενό της ή Q1, Q2…)</translation>
        </message>
        <message>
            <source>A metric (by its name)</source>
            <translation>Δείκτης (με το όνομά του)</translation>
        </message>
        <message>
            <source>Choose the scorecard, or the column of the file that names it.</source>
            <translation>Επιλέξτε τη φόρμα βαθμολόγησης ή τη στήλη του αρχείου που την ονομάζει.</translation>
        </message>
        <message>
            <source>As detected ({crm})</source>
            <translation>Όπως εντοπίστηκε ({crm})</translation>
        </message>
        <message>
            <source>As detected (no known CRM)</source>
            <translation>Όπως εντοπίστηκε (άγνωστο CRM)</translation>
        </message>
        <message>
            <source>Stage names as in</source>
            <translation>Ονόματα σταδίων όπως στο</translation>
        </message>
        <message>
            <source>Each deal's own amount, in its own currency</source>
            <translation>Το ποσό κάθε συμφωνίας, στο δικό της νόμισμα</translation>
        </message>
        <message>
            <source>The amounts the CRM converted to one currency</source>
            <translation>Τα ποσά που μετέτρεψε το CRM σε ένα νόμισμα</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Ποσά</translation>
        </message>
        <message>
            <source>From the file's 'scorecard' column</source>
            <translation>Από τη στήλη «scorecard» του αρχείου</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Φόρμα βαθμολόγησης</translation>
        </message>
        <message>
            <source>when the file has no agency column</source>
            <translation>όταν το αρχείο δεν έχει στήλη συνεργάτη</translation>
        </message>
        <message>
            <source>optional: put them in this wave (created if new)</source>
            <translation>προαιρετικά: σε αυτό το κύμα (δημιουργείται αν είναι νέο)</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Συνεργάτης</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>Κύμα</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Φόρτωση…</translation>
        </message>
        <message>
            <source>(saved mappings are not available)</source>
            <translation>(οι αποθηκευμένες αντιστοιχίσεις δεν είναι διαθέσιμες)</translation>
        </message>
        <message>
            <source>Detected from the headers</source>
            <translation>Εντοπίστηκε από τις επικεφαλίδες</translation>
        </message>
        <message>
            <source>— choose a saved mapping —</source>
            <translation>— επιλέξτε αποθηκευμένη αντιστοίχιση —</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Αποθήκευση αντιστοίχισης</translation>
        </message>
        <message>
            <source>Name (for example the CRM or agency it comes from):</source>
            <translation>Όνομα (π.χ. το CRM ή ο συνεργάτης από όπου προέρχεται):</translation>
        </message>
        <message>
            <source>Stages and owners</source>
            <translation>Στάδια και κάτοχοι</translation>
        </message>
        <message>
            <source>Place the stage names and owners of the file that the database does not know yet. Rows whose owner is left unmatched are bad rows.</source>
            <translation>Αντιστοιχίστε τα ονόματα σταδίων και τους κατόχους του αρχείου που δεν γνωρίζει ακόμη η βάση. Γραμμές με κάτοχο χωρίς αντιστοίχιση είναι λανθασμένες.</translation>
        </message>
        <message>
            <source>optional: the CRM's user export, when owners are user ids</source>
            <translation>προαιρετικά: η εξαγωγή χρηστών του CRM, όταν οι κάτοχοι είναι κωδικοί χρηστών</translation>
        </message>
        <message>
            <source>Choose users file…</source>
            <translation>Επιλογή αρχείου χρηστών…</translation>
        </message>
        <message>
            <source>Users file</source>
            <translation>Αρχείο χρηστών</translation>
        </message>
        <message>
            <source>The CRM's user export</source>
            <translation>Η εξαγωγή χρηστών του CRM</translation>
        </message>
        <message>
            <source>Reading the stage names and owners of the file…</source>
            <translation>Ανάγνωση σταδίων και κατόχων του αρχείου…</translation>
        </message>
        <message>
            <source>Every stage name and owner of the file is known: nothing to choose here.</source>
            <translation>Όλα τα στάδια και οι κάτοχοι του αρχείου είναι γνωστά: δεν χρειάζεται επιλογή.</translation>
        </message>
        <message>
            <source>To place: {stages} and {owners}.</source>
            <translation>Προς αντιστοίχιση: {stages} και {owners}.</translation>
        </message>
        <message>
            <source>Stage names the pipeline does not have</source>
            <translation>Στάδια που δεν έχει η διοχέτευση</translation>
        </message>
        <message>
            <source>Stage in the file</source>
            <translation>Στάδιο στο αρχείο</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Γραμμές</translation>
        </message>
        <message>
            <source>Becomes the stage</source>
            <translation>Γίνεται το στάδιο</translation>
        </message>
        <message>
            <source>— choose a stage —</source>
            <translation>— επιλέξτε στάδιο —</translation>
        </message>
        <message>
            <source>Owners who are no rep</source>
            <translation>Κάτοχοι που δεν είναι πωλητές</translation>
        </message>
        <message>
            <source>Owner in the file</source>
            <translation>Κάτοχος στο αρχείο</translation>
        </message>
        <message>
            <source>Deals go to</source>
            <translation>Οι συμφωνίες πάνε σε</translation>
        </message>
        <message>
            <source>Nobody: leave the rows bad</source>
            <translation>Κανέναν: οι γραμμές μένουν λανθασμένες</translation>
        </message>
        <message>
            <source>A new rep in the team below</source>
            <translation>Νέος πωλητής στην παρακάτω ομάδα</translation>
        </message>
        <message>
            <source>New reps join the team</source>
            <translation>Οι νέοι πωλητές μπαίνουν στην ομάδα</translation>
        </message>
        <message>
            <source>Choose a stage for {names}.</source>
            <translation>Επιλέξτε στάδιο για {names}.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Γραμμή</translation>
        </message>
        <message>
            <source>Why it cannot be imported</source>
            <translation>Γιατί δεν μπορεί να εισαχθεί</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Έλεγχος πριν την εισαγωγή</translation>
        </message>
        <message>
            <source>A dry run: the whole import was done and undone. Nothing is written until you press Import.</source>
            <translation>Δοκιμαστική εκτέλεση: όλη η εισαγωγή έγινε και αναιρέθηκε. Δεν γράφεται τίποτα μέχρι να πατήσετε Εισαγωγή.</translation>
        </message>
        <message>
            <source>Doing a dry run of the import…</source>
            <translation>Δοκιμαστική εκτέλεση της εισαγωγής…</translation>
        </message>
        <message>
            <source>Doing a dry run of the import: {step}</source>
            <translation>Δοκιμαστική εκτέλεση της εισαγωγής: {step}</translation>
        </message>
        <message>
            <source>The import would do this:</source>
            <translation>Η εισαγωγή θα έκανε τα εξής:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Columns used:&lt;/b&gt; {columns}</source>
            <translation>&lt;b&gt;Στήλες σε χρήση:&lt;/b&gt; {columns}</translation>
        </message>
        <message>
            <source>The file has stage names the pipeline does not have ({names}); choose a stage for each under Stages and owners.</source>
            <translation>Το αρχείο έχει στάδια που δεν έχει η διοχέτευση ({names})· επιλέξτε στάδιο για το καθένα στο «Στάδια και κάτοχοι».</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <translation>Το αρχείο δεν μπορεί να διαβαστεί: {reason}.</translation>
        </message>
        <message>
            <source>The import stopped on an unexpected problem ({problem}); nothing was written.</source>
            <translation>Η εισαγωγή σταμάτησε λόγω απρόσμενου προβλήματος ({problem})· δεν γράφτηκε τίποτα.</translation>
        </message>
        <message>
            <source>{what} (Ctrl+{number})</source>
            <translation>{what} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>Καμία ανοιχτή βάση δεδομένων</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Αρχείο</translation>
        </message>
        <message>
            <source>&amp;Open database file…</source>
            <translation>Άν&amp;οιγμα αρχείου βάσης…</translation>
        </message>
        <message>
            <source>&amp;Connect to PostgreSQL server…</source>
            <translation>&amp;Σύνδεση με διακομιστή PostgreSQL…</translation>
        </message>
        <message>
            <source>&amp;New empty company database…</source>
            <translation>&amp;Νέα κενή βάση εταιρείας…</translation>
        </message>
        <message>
            <source>Open the &amp;demo company</source>
            <translation>Άνοιγμα εταιρείας &amp;επίδειξης</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Εισαγωγή…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>Ιστορικό ε&amp;ισαγωγών…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Έ&amp;ξοδος</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Προβολή</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Πίσω</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Εμπρός</translation>
        </message>
        <message>
            <source>&amp;History of the selected record…</source>
            <translation>&amp;Ιστορικό επιλεγμένης εγγραφής…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Βοήθεια</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Οδηγός χρήσης</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Συντομεύσεις πληκτρολογίου</translation>
        </message>
        <message>
            <source>&amp;About Repdesk</source>
            <translation>&amp;Πληροφορίες για το Repdesk</translation>
        </message>
        <message>
            <source>About Repdesk</source>
            <translation>Πληροφορίες για το Repdesk</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Γλώσσα</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Γλώσσα συστήματος</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Γλώσσα</translation>
        </message>
        <message>
            <source>Repdesk will be in {language} the next time it starts.</source>
            <translation>Το Repdesk θα εμφανίζεται στα {language} την επόμενη φορά που θα ξεκινήσει.</translation>
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
            <translation>Η σελίδα δεν φορτώθηκε: ο διακομιστής της βάσης δεν είναι προσβάσιμος αυτή τη στιγμή.
Θα ανοίξει αυτόματα μόλις αποκατασταθεί η σύνδεση.</translation>
        </message>
        <message>
            <source>Select a rep or a deal first; its history shows who changed what and when.</source>
            <translation>Επιλέξτε πρώτα πωλητή ή συμφωνία· το ιστορικό δείχνει ποιος άλλαξε τι και πότε.</translation>
        </message>
        <message>
            <source>Open a database first.</source>
            <translation>Ανοίξτε πρώτα μια βάση δεδομένων.</translation>
        </message>
        <message>
            <source>What did you see or hear?</source>
            <translation>Τι είδατε ή ακούσατε;</translation>
        </message>
        <message>
            <source>Competitor, if any</source>
            <translation>Ανταγωνιστής, αν υπάρχει</translation>
        </message>
        <message>
            <source>Everyone in the company may read it</source>
            <translation>Μπορεί να τη διαβάσει όλη η εταιρεία</translation>
        </message>
        <message>
            <source>The details: who said it, prices, dates…</source>
            <translation>Λεπτομέρειες: ποιος το είπε, τιμές, ημερομηνίες…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Show the saved note</source>
            <translation>Εμφάνιση αποθηκευμένης σημείωσης</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ημερομηνία</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Τίτλος</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Ανταγωνιστής</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Νέα σημείωση</translation>
        </message>
        <message>
            <source>Note by {author}</source>
            <translation>Σημείωση από {author}</translation>
        </message>
        <message>
            <source>shared with everyone; only its team changes it</source>
            <translation>κοινή σε όλους· μόνο η ομάδα της την αλλάζει</translation>
        </message>
        <message>
            <source>Search notes, in any language</source>
            <translation>Σε κάθε γλώσσα…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Όλα τα είδη</translation>
        </message>
        <message>
            <source>Weekly digest…</source>
            <translation>Εβδομαδιαία σύνοψη…</translation>
        </message>
        <message>
            <source>Copy digest text</source>
            <translation>Αντιγραφή σύνοψης</translation>
        </message>
        <message>
            <source>Last week's digest as plain text, to paste into an e-mail</source>
            <translation>Η σύνοψη της περασμένης εβδομάδας ως απλό κείμενο, για επικόλληση σε e-mail</translation>
        </message>
        <message>
            <source>No notes match.</source>
            <translation>Καμία σημείωση δεν ταιριάζει.</translation>
        </message>
        <message>
            <source>{count} (the newest shown; narrow the search for older ones)</source>
            <translation>{count} (εμφανίζονται οι νεότερες· περιορίστε την αναζήτηση για παλαιότερες)</translation>
        </message>
        <message>
            <source>The notes could not be loaded: {reason}</source>
            <translation>Δεν ήταν δυνατή η φόρτωση των σημειώσεων: {reason}</translation>
        </message>
        <message>
            <source>The note was saved.</source>
            <translation>Η σημείωση αποθηκεύτηκε.</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Διαγραφή σημείωσης</translation>
        </message>
        <message>
            <source>Delete the note “{title}”?</source>
            <translation>Διαγραφή της σημείωσης «{title}»;</translation>
        </message>
        <message>
            <source>Weekly digest of field notes</source>
            <translation>Εβδομαδιαία σύνοψη σημειώσεων πεδίου</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Weekly digest</source>
            <translation>Εβδομαδιαία σύνοψη</translation>
        </message>
        <message>
            <source>The digest was not written: {reason}</source>
            <translation>Η σύνοψη δεν γράφτηκε: {reason}</translation>
        </message>
        <message>
            <source>Last week's digest is on the clipboard, ready to paste.</source>
            <translation>Η σύνοψη της περασμένης εβδομάδας είναι στο πρόχειρο, έτοιμη για επικόλληση.</translation>
        </message>
        <message>
            <source>Attention list…</source>
            <translation>Λίστα προσοχής…</translation>
        </message>
        <message>
            <source>Alerts…</source>
            <translation>Ειδοποιήσεις…</translation>
        </message>
        <message>
            <source>Forecast…</source>
            <translation>Πρόβλεψη…</translation>
        </message>
        <message>
            <source>Quota attainment</source>
            <translation>Επίτευξη στόχου</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Επίτευξη</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Επείγον</translation>
        </message>
        <message>
            <source>Why (points each reason adds)</source>
            <translation>Γιατί (βαθμοί ανά λόγο)</translation>
        </message>
        <message>
            <source>The reasons, most urgent first, with the points each adds to the urgency</source>
            <translation>Οι λόγοι, οι πιο επείγοντες πρώτα, με τους βαθμούς που προσθέτει ο καθένας</translation>
        </message>
        <message>
            <source>Schedule one-on-one…</source>
            <translation>Προγραμματισμός 1:1…</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Χρειάζεται προσοχή</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Ειδοποίηση</translation>
        </message>
        <message>
            <source>A drawdown: a key number well below the rep's own usual level (the median of their recent weeks); or no numbers entered for several working days</source>
            <translation>Πτώση: βασικός δείκτης πολύ κάτω από το συνηθισμένο επίπεδο του πωλητή (η διάμεσος των τελευταίων εβδομάδων)· ή καμία καταχώριση για αρκετές εργάσιμες ημέρες</translation>
        </message>
        <message>
            <source>Drawdown and missing-numbers alerts</source>
            <translation>Ειδοποιήσεις πτώσης και ελλειπόντων αριθμών</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Κερδισμένες</translation>
        </message>
        <message>
            <source>Weighted funnel</source>
            <translation>Σταθμ. χοάνη</translation>
        </message>
        <message>
            <source>Run rate rest</source>
            <translation>Ρυθμός υπολ.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Αναμενόμενο</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <source>Expected %</source>
            <translation>Αναμ. %</translation>
        </message>
        <message>
            <source>Quarter forecast</source>
            <translation>Πρόβλεψη τριμήνου</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Επόμενος μήνας</translation>
        </message>
        <message>
            <source>Could not load: {reason}</source>
            <translation>Δεν ήταν δυνατή η φόρτωση: {reason}</translation>
        </message>
        <message>
            <source>{quarter}: no won deals, open funnel or quotas recorded yet.</source>
            <translation>{quarter}: δεν έχουν καταγραφεί ακόμη κερδισμένες συμφωνίες, ανοιχτή χοάνη ή στόχοι.</translation>
        </message>
        <message>
            <source>{quarter}: team {forecast}</source>
            <translation>{quarter}: ομάδα {forecast}</translation>
        </message>
        <message>
            <source>Why we meet:
- {alert}

Agree: activity goals until the follow-up.</source>
            <translation>Γιατί συναντιόμαστε:
- {alert}

Συμφωνία: στόχοι δραστηριότητας μέχρι την επόμενη συνάντηση.</translation>
        </message>
        <message>
            <source>Day: every rep</source>
            <translation>Ημέρα: όλοι οι πωλητές</translation>
        </message>
        <message>
            <source>Week: one rep</source>
            <translation>Εβδομάδα: ένας πωλητής</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Αναίρεση</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>Type a number to fill a cell; Tab moves right, Enter moves down; paste a block copied from a spreadsheet with Ctrl+V; Ctrl+Z undoes. Red: below the day's goal, green: goal met.</source>
            <translation>Πληκτρολογήστε αριθμό για να συμπληρώσετε κελί· το Tab πάει δεξιά, το Enter κάτω· επικολλήστε μπλοκ από υπολογιστικό φύλλο με Ctrl+V· Ctrl+Z για αναίρεση. Κόκκινο: κάτω από τον ημερήσιο στόχο, πράσινο: στόχος επιτεύχθηκε.</translation>
        </message>
        <message>
            <source>Nothing entered yet for this selection.</source>
            <translation>Δεν έχει καταχωριστεί τίποτα για αυτή την επιλογή.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>δεν μετρήθηκε</translation>
        </message>
        <message>
            <source>{actual} of {target}</source>
            <translation>{actual} από {target}</translation>
        </message>
        <message>
            <source>{progress} · {share}</source>
            <translation>{progress} · {share}</translation>
        </message>
        <message>
            <source>The plan the goal belongs to</source>
            <translation>Το πλάνο στο οποίο ανήκει η επιδίωξη</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the straight-line pace; on track: at or above it</source>
            <translation>επιτεύχθηκε: ο στόχος πιάστηκε· απέτυχε: η προθεσμία πέρασε χωρίς αυτόν· σε κίνδυνο: κάτω από το 90% του γραμμικού ρυθμού· σε καλό δρόμο: στο ή πάνω από αυτόν</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to today (or its deadline), of the target</source>
            <translation>Υπολογίζεται από τα δεδομένα του Repdesk από την έναρξη της επιδίωξης ως σήμερα (ή την προθεσμία), ως προς τον στόχο</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Επιδιώξεις</translation>
        </message>
        <message>
            <source>Could not load the goals: {why}</source>
            <translation>Δεν ήταν δυνατή η φόρτωση των επιδιώξεων: {why}</translation>
        </message>
        <message>
            <source>No goal of the sales plan runs in {quarter}. Set goals on the Plans page.</source>
            <translation>Καμία επιδίωξη του πλάνου πωλήσεων δεν τρέχει στο {quarter}. Ορίστε επιδιώξεις στη σελίδα Πλάνα.</translation>
        </message>
        <message>
            <source>{status}: {n}</source>
            <translation>{status}: {n}</translation>
        </message>
        <message>
            <source>Goals running in {quarter}, status on {day}: {parts}</source>
            <translation>Επιδιώξεις του {quarter}, κατάσταση στις {day}: {parts}</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months…</source>
            <translation>Εκπαίδευση του μοντέλου στους μήνες κάθε πωλητή…</translation>
        </message>
        <message>
            <source>Not enough finished months yet to test the model on the past.</source>
            <translation>Δεν υπάρχουν ακόμη αρκετοί ολοκληρωμένοι μήνες για έλεγχο του μοντέλου στο παρελθόν.</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>Ελέγχθηκε στο {first} – {last} ({predictions}): απόκλιση {off} από τα κερδισμένα, καλύτερα από το «ίδιο με τον προηγούμενο μήνα» ({last_month}) και τον μέσο όρο 3 μηνών ({average}).</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, &lt;b&gt;not&lt;/b&gt; better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>Ελέγχθηκε στο {first} – {last} ({predictions}): απόκλιση {off} από τα κερδισμένα, &lt;b&gt;όχι&lt;/b&gt; καλύτερα από το «ίδιο με τον προηγούμενο μήνα» ({last_month}) και τον μέσο όρο 3 μηνών ({average}).</translation>
        </message>
        <message>
            <source>Next month, predicted</source>
            <translation>Επόμ. μήνας, πρόβλεψη</translation>
        </message>
        <message>
            <source>Likely range</source>
            <translation>Πιθανό εύρος</translation>
        </message>
        <message>
            <source>Won revenue predicted for the month</source>
            <translation>Προβλεπόμενα κερδισμένα έσοδα του μήνα</translation>
        </message>
        <message>
            <source>Predict each rep's won revenue next month from this month's activity and funnel. Predicted falls join the attention list.</source>
            <translation>Πρόβλεψη των κερδισμένων εσόδων κάθε πωλητή τον επόμενο μήνα από τη δραστηριότητα και τη χοάνη αυτού του μήνα. Οι προβλεπόμενες πτώσεις μπαίνουν στη λίστα προσοχής.</translation>
        </message>
        <message>
            <source>Predict</source>
            <translation>Πρόβλεψη</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months… (the window stays usable)</source>
            <translation>Εκπαίδευση του μοντέλου στους μήνες κάθε πωλητή… (το παράθυρο παραμένει διαθέσιμο)</translation>
        </message>
        <message>
            <source>Could not predict: {reason}</source>
            <translation>Η πρόβλεψη δεν ήταν δυνατή: {reason}</translation>
        </message>
        <message>
            <source>Predict again</source>
            <translation>Νέα πρόβλεψη</translation>
        </message>
        <message>
            <source>{month}, predicted</source>
            <translation>{month}, πρόβλεψη</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Ομάδα</translation>
        </message>
        <message>
            <source>Import numbers…</source>
            <translation>Εισαγωγή αριθμών…</translation>
        </message>
        <message>
            <source>Goals…</source>
            <translation>Στόχοι…</translation>
        </message>
        <message>
            <source>Add metric…</source>
            <translation>Νέος δείκτης…</translation>
        </message>
        <message>
            <source>Alert settings…</source>
            <translation>Ρυθμ. ειδοποιήσεων…</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Πίνακας ελέγχου</translation>
        </message>
        <message>
            <source>Enter numbers</source>
            <translation>Καταχώριση αριθμών</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Τάσεις</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>Ατομικές συναντήσεις</translation>
        </message>
        <message>
            <source>One-on-one with {rep} scheduled for {when}.</source>
            <translation>Ατομική συνάντηση με {rep} προγραμματίστηκε για {when}.</translation>
        </message>
        <message>
            <source>Activity goals — {team}</source>
            <translation>Στόχοι δραστηριότητας — {team}</translation>
        </message>
        <message>
            <source>Company default</source>
            <translation>Προεπιλογή εταιρείας</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Δείκτης</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Για</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Από</translation>
        </message>
        <message>
            <source>Team default: {team}</source>
            <translation>Προεπιλογή ομάδας: {team}</translation>
        </message>
        <message>
            <source>a day</source>
            <translation>ημερησίως</translation>
        </message>
        <message>
            <source>a week</source>
            <translation>εβδομαδιαίως</translation>
        </message>
        <message>
            <source>Per</source>
            <translation>Ανά</translation>
        </message>
        <message>
            <source>Set goal</source>
            <translation>Ορισμός στόχου</translation>
        </message>
        <message>
            <source>Goals in force (a rep's own goal wins over the team's, which wins over the company default; each runs until a later one):</source>
            <translation>Ισχύοντες στόχοι (ο στόχος του πωλητή υπερισχύει της ομάδας, που υπερισχύει της προεπιλογής εταιρείας· ο καθένας ισχύει ως τον επόμενο):</translation>
        </message>
        <message>
            <source>No goal in force for this choice yet.</source>
            <translation>Κανένας ισχύων στόχος για αυτή την επιλογή ακόμη.</translation>
        </message>
        <message>
            <source>In force: {amount} since {date}</source>
            <translation>Ισχύει: {amount} από {date}</translation>
        </message>
        <message>
            <source>Goal not set</source>
            <translation>Ο στόχος δεν ορίστηκε</translation>
        </message>
        <message>
            <source>Add a metric</source>
            <translation>Προσθήκη δείκτη</translation>
        </message>
        <message>
            <source>e.g. Site visits</source>
            <translation>π.χ. Επισκέψεις</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>Χρήση από</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>όλες οι ομάδες</translation>
        </message>
        <message>
            <source>Metric not added</source>
            <translation>Ο δείκτης δεν προστέθηκε</translation>
        </message>
        <message>
            <source>Alert settings — {scope}</source>
            <translation>Ρυθμίσεις ειδοποιήσεων — {scope}</translation>
        </message>
        <message>
            <source>company default</source>
            <translation>προεπιλογή εταιρείας</translation>
        </message>
        <message>
            <source> % of the usual</source>
            <translation> % του συνήθους</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> εβδομάδες</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> εργάσιμες</translation>
        </message>
        <message>
            <source>Drawdown alert below</source>
            <translation>Ειδοποίηση πτώσης κάτω από</translation>
        </message>
        <message>
            <source>Usual = median of the last</source>
            <translation>Σύνηθες = διάμεσος των τελευταίων</translation>
        </message>
        <message>
            <source>No numbers for</source>
            <translation>Χωρίς αριθμούς για</translation>
        </message>
        <message>
            <source>{n} a week</source>
            <translation>{n} την εβδομάδα</translation>
        </message>
        <message>
            <source>{n} a day</source>
            <translation>{n} την ημέρα</translation>
        </message>
        <message>
            <source>One-on-one with {rep}</source>
            <translation>Ατομική συνάντηση με {rep}</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> λεπ.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Πότε</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Διάρκεια</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ατζέντα</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Προγραμματισμός</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>Δεν προγραμματίστηκε</translation>
        </message>
        <message>
            <source>Outcome: one-on-one with {rep}</source>
            <translation>Αποτέλεσμα: ατομική συνάντηση με {rep}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Σημειώσεις</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>καμία αλλαγή</translation>
        </message>
        <message>
            <source>Agreed {metric} a day</source>
            <translation>Συμφωνημένο {metric} ανά ημέρα</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Επόμενη συνάντηση</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Αποθήκευση…</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Δεν αποθηκεύτηκε: {reason}</translation>
        </message>
        <message>
            <source>Reloaded: the notes show the one-on-one as saved now.</source>
            <translation>Επαναφορτώθηκε: οι σημειώσεις δείχνουν τη συνάντηση όπως είναι αποθηκευμένη τώρα.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this one-on-one. Your notes are still here.</source>
            <translation>Δεν αποθηκεύτηκε: κάποιος άλλος άλλαξε αυτή τη συνάντηση. Οι σημειώσεις σας είναι ακόμη εδώ.</translation>
        </message>
        <message>
            <source>Could not reload; your notes are kept. {reason}</source>
            <translation>Η επαναφόρτωση απέτυχε· οι σημειώσεις σας διατηρούνται. {reason}</translation>
        </message>
        <message>
            <source>This one-on-one no longer exists.</source>
            <translation>Αυτή η ατομική συνάντηση δεν υπάρχει πια.</translation>
        </message>
        <message>
            <source>Stop saving</source>
            <translation>Διακοπή αποθήκευσης</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Άκυρο</translation>
        </message>
        <message>
            <source>Team meetings — {team}</source>
            <translation>Συναντήσεις ομάδας — {team}</translation>
        </message>
        <message>
            <source>every working day</source>
            <translation>κάθε εργάσιμη</translation>
        </message>
        <message>
            <source>every {weekday}</source>
            <translation>κάθε {weekday}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} λεπ.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Συνάντηση</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Ώρα</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Διάρκεια</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Από</translation>
        </message>
        <message>
            <source>Morning meeting</source>
            <translation>Πρωινή συνάντηση</translation>
        </message>
        <message>
            <source>Every working day</source>
            <translation>Κάθε εργάσιμη</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Μία φορά την εβδομάδα</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>On (weekly)</source>
            <translation>Ημέρα (εβδομ.)</translation>
        </message>
        <message>
            <source>Add meeting</source>
            <translation>Προσθήκη συνάντησης</translation>
        </message>
        <message>
            <source>Meeting not added</source>
            <translation>Η συνάντηση δεν προστέθηκε</translation>
        </message>
        <message>
            <source>Upcoming and recent</source>
            <translation>Επερχόμενες και πρόσφατες</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Όλα</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>Καταγραφή αποτελέσματος…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Εξαγωγή ημερολογίου (.ics)…</translation>
        </message>
        <message>
            <source>Team meetings…</source>
            <translation>Συναντήσεις ομάδας…</translation>
        </message>
        <message>
            <source>Select a one-on-one to see the rep's history: goals agreed and whether the numbers recovered afterwards.</source>
            <translation>Επιλέξτε ατομική συνάντηση για να δείτε το ιστορικό του πωλητή: τους συμφωνημένους στόχους και αν οι αριθμοί ανέκαμψαν μετά.</translation>
        </message>
        <message>
            <source>{rep}: no one-on-one held yet.</source>
            <translation>{rep}: δεν έχει γίνει ακόμη ατομική συνάντηση.</translation>
        </message>
        <message>
            <source>{rep} — one-on-ones held:</source>
            <translation>{rep} — ατομικές συναντήσεις που έγιναν:</translation>
        </message>
        <message>
            <source>numbers recovered</source>
            <translation>οι αριθμοί ανέκαμψαν</translation>
        </message>
        <message>
            <source>numbers did not recover</source>
            <translation>οι αριθμοί δεν ανέκαμψαν</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>νωρίς ακόμη</translation>
        </message>
        <message>
            <source>{metric} {before} → {after} a day</source>
            <translation>{metric} {before} → {after} ανά ημέρα</translation>
        </message>
        <message>
            <source>no goals agreed</source>
            <translation>χωρίς συμφωνημένους στόχους</translation>
        </message>
        <message>
            <source>Team meetings</source>
            <translation>Συναντήσεις ομάδας</translation>
        </message>
        <message>
            <source>Choose a team first.</source>
            <translation>Επιλέξτε πρώτα ομάδα.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Εξαγωγή ημερολογίου</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Ημερολόγιο (*.ics)</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>Το ημερολόγιο εξήχθη</translation>
        </message>
        <message>
            <source>Quota attainment (by quarter)</source>
            <translation>Επίτευξη στόχου (ανά τρίμηνο)</translation>
        </message>
        <message>
            <source>Funnel: leads won % (by month)</source>
            <translation>Χοάνη: % κερδισμένων leads (ανά μήνα)</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Εξαγωγή PNG…</translation>
        </message>
        <message>
            <source>By</source>
            <comment>grouped by days, weeks or months</comment>
            <translation>Ανά</translation>
        </message>
        <message>
            <source>Select reps to overlay them; select none for the whole team.</source>
            <translation>Επιλέξτε πωλητές για επικάλυψη· κανέναν για όλη την ομάδα.</translation>
        </message>
        <message>
            <source>Overlay reps (none: the team)</source>
            <translation>Επικάλυψη πωλητών (κανείς: η ομάδα)</translation>
        </message>
        <message>
            <source>% of quota per quarter</source>
            <translation>% του στόχου ανά τρίμηνο</translation>
        </message>
        <message>
            <source>% of new leads won, per month</source>
            <translation>% νέων leads που κερδήθηκαν, ανά μήνα</translation>
        </message>
        <message>
            <source>No quotas or deals recorded for this period.</source>
            <translation>Δεν έχουν καταγραφεί στόχοι ή συμφωνίες για αυτή την περίοδο.</translation>
        </message>
        <message>
            <source>{note}. Hover over the chart for exact values.</source>
            <translation>{note}. Περάστε τον δείκτη πάνω από το γράφημα για ακριβείς τιμές.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Εξαγωγή γραφήματος</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Εικόνα PNG (*.png)</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Προσθήκη βήματος</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Αφαίρεση βήματος</translation>
        </message>
        <message>
            <source>Plan of *</source>
            <translation>Πλάνο για *</translation>
        </message>
        <message>
            <source>Period *</source>
            <translation>Περίοδος *</translation>
        </message>
        <message>
            <source>Revenue target</source>
            <translation>Στόχος εσόδων</translation>
        </message>
        <message>
            <source>won revenue, e.g. 250000</source>
            <translation>κερδισμένα έσοδα, π.χ. 250000</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Νόμισμα</translation>
        </message>
        <message>
            <source>three letters, e.g. EUR</source>
            <translation>τρία γράμματα, π.χ. EUR</translation>
        </message>
        <message>
            <source>Won deals target</source>
            <translation>Στόχος κερδ. συμφωνιών</translation>
        </message>
        <message>
            <source>New accounts target</source>
            <translation>Στόχος νέων λογαριασμών</translation>
        </message>
        <message>
            <source>Activity target</source>
            <translation>Στόχος δραστηριότητας</translation>
        </message>
        <message>
            <source>Activity counts</source>
            <translation>Μετρά η δραστηριότητα</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Σημείωση</translation>
        </message>
        <message>
            <source>the company</source>
            <translation>η εταιρεία</translation>
        </message>
        <message>
            <source>a team</source>
            <translation>μια ομάδα</translation>
        </message>
        <message>
            <source>a rep</source>
            <translation>ένας πωλητής</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— κανένα —</translation>
        </message>
        <message>
            <source>Edit plan</source>
            <translation>Επεξεργασία πλάνου</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Νέο πλάνο</translation>
        </message>
        <message>
            <source>A plan's targets for one period. A team's plan needs its team, a rep's plan its rep; revenue needs its currency, activity the key number it counts. Empty: no target of that kind.</source>
            <translation>Οι στόχοι ενός πλάνου για μία περίοδο. Το πλάνο ομάδας χρειάζεται την ομάδα του, το πλάνο πωλητή τον πωλητή του· τα έσοδα χρειάζονται νόμισμα, η δραστηριότητα τον δείκτη που μετρά. Κενό: χωρίς στόχο αυτού του είδους.</translation>
        </message>
        <message>
            <source>Plan *</source>
            <translation>Πλάνο *</translation>
        </message>
        <message>
            <source>Goal *</source>
            <translation>Επιδίωξη *</translation>
        </message>
        <message>
            <source>what is to be achieved, specifically</source>
            <translation>τι ακριβώς πρέπει να επιτευχθεί</translation>
        </message>
        <message>
            <source>Owner *</source>
            <translation>Υπεύθυνος *</translation>
        </message>
        <message>
            <source>who answers for it</source>
            <translation>ποιος λογοδοτεί γι' αυτό</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Έναρξη</translation>
        </message>
        <message>
            <source>Deadline *</source>
            <translation>Προθεσμία *</translation>
        </message>
        <message>
            <source>Measured by *</source>
            <translation>Μέτρηση με *</translation>
        </message>
        <message>
            <source>Key number</source>
            <translation>Βασικός δείκτης</translation>
        </message>
        <message>
            <source>Target *</source>
            <translation>Στόχος *</translation>
        </message>
        <message>
            <source>Choose the plan the goal belongs to.</source>
            <translation>Επιλέξτε το πλάνο στο οποίο ανήκει η επιδίωξη.</translation>
        </message>
        <message>
            <source>A goal needs its deadline.</source>
            <translation>Η επιδίωξη χρειάζεται προθεσμία.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— επιλέξτε —</translation>
        </message>
        <message>
            <source>a new step</source>
            <translation>νέο βήμα</translation>
        </message>
        <message>
            <source>Steps (tick the done)</source>
            <translation>Βήματα (σημειώστε τα ολοκληρωμένα)</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Επεξεργασία επιδίωξης</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Νέα επιδίωξη</translation>
        </message>
        <message>
            <source>A SMART goal: what (the goal and its steps), measured from Repdesk data (revenue, won deals, new accounts or a key number) against its target, owned, with a deadline. Its progress is computed, never typed.</source>
            <translation>Μια επιδίωξη SMART: τι (η επιδίωξη και τα βήματά της), μετρημένη από δεδομένα του Repdesk (έσοδα, κερδισμένες συμφωνίες, νέοι λογαριασμοί ή βασικός δείκτης) έναντι του στόχου της, με υπεύθυνο και προθεσμία. Η πρόοδός της υπολογίζεται, δεν πληκτρολογείται.</translation>
        </message>
        <message>
            <source>Delete the plan {period} of {owner}?</source>
            <translation>Να διαγραφεί το πλάνο {period} του/της {owner};</translation>
        </message>
        <message>
            <source>The history keeps every deleted row; an admin can restore it there.</source>
            <translation>Το ιστορικό κρατά κάθε διαγραμμένη εγγραφή· ένας διαχειριστής μπορεί να την επαναφέρει από εκεί.</translation>
        </message>
        <message>
            <source>Delete the goal “{title}” of the plan {plan}?</source>
            <translation>Να διαγραφεί η επιδίωξη «{title}» του πλάνου {plan};</translation>
        </message>
        <message>
            <source>done</source>
            <translation>ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>προγραμματισμένο</translation>
        </message>
        <message>
            <source>Rep *</source>
            <translation>Πωλητής *</translation>
        </message>
        <message>
            <source>Calls {what}</source>
            <translation>Κλήσεις {what}</translation>
        </message>
        <message>
            <source>Meetings {what}</source>
            <translation>Συναντήσεις {what}</translation>
        </message>
        <message>
            <source>Proposals {what}</source>
            <translation>Προσφορές {what}</translation>
        </message>
        <message>
            <source>Choose the rep whose week this is.</source>
            <translation>Επιλέξτε τον πωλητή της εβδομάδας.</translation>
        </message>
        <message>
            <source>Deals that moved on</source>
            <translation>Συμφωνίες που προχώρησαν</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>Συμφωνίες για προώθηση</translation>
        </message>
        <message>
            <source>Friday's report: week {week} of {rep}</source>
            <translation>Αναφορά Παρασκευής: εβδομάδα {week} — {rep}</translation>
        </message>
        <message>
            <source>What was done this week, and which of the planned deals moved on. The team sees it beside Monday's plan.</source>
            <translation>Τι έγινε αυτή την εβδομάδα και ποιες από τις προγραμματισμένες συμφωνίες προχώρησαν. Η ομάδα το βλέπει δίπλα στο πλάνο της Δευτέρας.</translation>
        </message>
        <message>
            <source>Plan the week {week}</source>
            <translation>Πλάνο εβδομάδας {week}</translation>
        </message>
        <message>
            <source>Monday's plan: the calls, meetings and proposals of the week and the rep's open deals to advance. Shared with the team.</source>
            <translation>Πλάνο Δευτέρας: οι κλήσεις, οι συναντήσεις και οι προσφορές της εβδομάδας και οι ανοιχτές συμφωνίες του πωλητή προς προώθηση. Κοινό με την ομάδα.</translation>
        </message>
        <message>
            <source>{measure} ({metric})</source>
            <translation>{measure} ({metric})</translation>
        </message>
        <message>
            <source>{done} of {all}</source>
            <translation>{done} από {all}</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>{done} από {planned}</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>όχι ακόμη</translation>
        </message>
        <message>
            <source>done {day}</source>
            <translation>ολοκληρώθηκε {day}</translation>
        </message>
        <message>
            <source>Who owns the goal</source>
            <translation>Ποιος έχει την ευθύνη της επιδίωξης</translation>
        </message>
        <message>
            <source>What Repdesk counts for it</source>
            <translation>Τι μετρά το Repdesk γι' αυτήν</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to the day shown (or its deadline)</source>
            <translation>Υπολογίζεται από δεδομένα του Repdesk από την έναρξη της επιδίωξης ως την εμφανιζόμενη ημέρα (ή την προθεσμία)</translation>
        </message>
        <message>
            <source>Where a straight line from 0 at the start to the target at the deadline is today</source>
            <translation>Πού βρίσκεται σήμερα μια ευθεία από το 0 στην έναρξη ως τον στόχο στην προθεσμία</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the pace; on track: at or above it</source>
            <translation>επιτεύχθηκε: ο στόχος πιάστηκε· απέτυχε: η προθεσμία πέρασε χωρίς αυτόν· σε κίνδυνο: κάτω από το 90% του ρυθμού· σε καλό δρόμο: στο ή πάνω από αυτόν</translation>
        </message>
        <message>
            <source>The goal's steps ticked done, of all its steps</source>
            <translation>Τα ολοκληρωμένα βήματα της επιδίωξης, από όλα τα βήματά της</translation>
        </message>
        <message>
            <source>Plan period</source>
            <translation>Περίοδος πλάνου</translation>
        </message>
        <message>
            <source>Sprint week of</source>
            <translation>Εβδομάδα σπριντ από</translation>
        </message>
        <message>
            <source>This level's own target</source>
            <translation>Ο στόχος αυτού του επιπέδου</translation>
        </message>
        <message>
            <source>The targets of the plans one level below, added up (never two currencies as one)</source>
            <translation>Το άθροισμα των στόχων των πλάνων ένα επίπεδο κάτω (ποτέ δύο νομίσματα μαζί)</translation>
        </message>
        <message>
            <source>Own target minus the sum below: positive, the level asks more than its parts plan; negative, its parts plan more</source>
            <translation>Ο στόχος μείον το άθροισμα από κάτω: θετικό, το επίπεδο ζητά περισσότερα από όσα σχεδιάζουν τα μέρη του· αρνητικό, τα μέρη σχεδιάζουν περισσότερα</translation>
        </message>
        <message>
            <source>Done of planned (planned only, until Friday's report)</source>
            <translation>Έγιναν από τα προγραμματισμένα (μόνο προγραμματισμένα, ως την αναφορά Παρασκευής)</translation>
        </message>
        <message>
            <source>✓ moved on this week, ✗ did not</source>
            <translation>✓ προχώρησε αυτή την εβδομάδα, ✗ δεν προχώρησε</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Νέο πλάνο…</translation>
        </message>
        <message>
            <source>Edit plan…</source>
            <translation>Επεξεργασία πλάνου…</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Διαχωρισμός</translation>
        </message>
        <message>
            <source>Split the chosen plan into shorter periods; the parts add up to it exactly and replace an earlier split</source>
            <translation>Διαχωρισμός του επιλεγμένου πλάνου σε μικρότερες περιόδους· τα μέρη αθροίζουν ακριβώς σε αυτό και αντικαθιστούν προηγούμενο διαχωρισμό</translation>
        </message>
        <message>
            <source>New goal…</source>
            <translation>Νέα επιδίωξη…</translation>
        </message>
        <message>
            <source>Edit goal…</source>
            <translation>Επεξεργασία επιδίωξης…</translation>
        </message>
        <message>
            <source>Delete plan…</source>
            <translation>Διαγραφή πλάνου…</translation>
        </message>
        <message>
            <source>Delete goal…</source>
            <translation>Διαγραφή επιδίωξης…</translation>
        </message>
        <message>
            <source>Plan the week…</source>
            <translation>Πλάνο εβδομάδας…</translation>
        </message>
        <message>
            <source>Friday's report…</source>
            <translation>Αναφορά Παρασκευής…</translation>
        </message>
        <message>
            <source>Targets rolled up: rep → team → company</source>
            <translation>Συγκεντρωτικοί στόχοι: πωλητής → ομάδα → εταιρεία</translation>
        </message>
        <message>
            <source>Sprints</source>
            <translation>Σπριντ</translation>
        </message>
        <message>
            <source>Double-click a row to edit it. Goals are measured from Repdesk data; the weeks are shared with the team. Also: “repdesk plan --help”.</source>
            <translation>Διπλό κλικ σε γραμμή για επεξεργασία. Οι επιδιώξεις μετρώνται από δεδομένα του Repdesk· οι εβδομάδες είναι κοινές με την ομάδα. Επίσης: «repdesk plan --help».</translation>
        </message>
        <message>
            <source>The plans could not be loaded; try again.</source>
            <translation>Δεν ήταν δυνατή η φόρτωση των πλάνων· δοκιμάστε ξανά.</translation>
        </message>
        <message>
            <source>Goals due in {period}: status on {day}</source>
            <translation>Επιδιώξεις με λήξη στο {period}: κατάσταση στις {day}</translation>
        </message>
        <message>
            <source>Sprints of the week {week} ({start} – {end})</source>
            <translation>Σπριντ της εβδομάδας {week} ({start} – {end})</translation>
        </message>
        <message>
            <source>No plan for {period} that you can see.</source>
            <translation>Κανένα ορατό σε εσάς πλάνο για το {period}.</translation>
        </message>
        <message>
            <source>Choose a row of a plan in the roll-up first (a team without a plan of its own has none to edit: make one with New plan…).</source>
            <translation>Επιλέξτε πρώτα γραμμή πλάνου στη συγκέντρωση (ομάδα χωρίς δικό της πλάνο δεν έχει τι να επεξεργαστεί: δημιουργήστε ένα με Νέο πλάνο…).</translation>
        </message>
        <message>
            <source>Choose the plan to split in the roll-up first.</source>
            <translation>Επιλέξτε πρώτα στη συγκέντρωση το πλάνο για διαχωρισμό.</translation>
        </message>
        <message>
            <source>Splitting…</source>
            <translation>Διαχωρισμός…</translation>
        </message>
        <message>
            <source>Split into {n} parts that add up to the plan.</source>
            <translation>Διαχωρίστηκε σε {n} μέρη που αθροίζουν στο πλάνο.</translation>
        </message>
        <message>
            <source>Not split: {why}</source>
            <translation>Δεν διαχωρίστηκε: {why}</translation>
        </message>
        <message>
            <source>{owner} {period}</source>
            <translation>{owner} {period}</translation>
        </message>
        <message>
            <source>A goal belongs to a plan: make the period's plan first.</source>
            <translation>Μια επιδίωξη ανήκει σε πλάνο: δημιουργήστε πρώτα το πλάνο της περιόδου.</translation>
        </message>
        <message>
            <source>Choose a goal first.</source>
            <translation>Επιλέξτε πρώτα επιδίωξη.</translation>
        </message>
        <message>
            <source>Choose a plan in the roll-up first.</source>
            <translation>Επιλέξτε πρώτα ένα πλάνο στους συγκεντρωτικούς στόχους.</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>Διαγραφή πλάνου</translation>
        </message>
        <message>
            <source>The plan {period} of {owner} was deleted.</source>
            <translation>Το πλάνο {period} του/της {owner} διαγράφηκε.</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Διαγραφή επιδίωξης</translation>
        </message>
        <message>
            <source>The goal “{title}” was deleted.</source>
            <translation>Η επιδίωξη «{title}» διαγράφηκε.</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Διαγραφή…</translation>
        </message>
        <message>
            <source>Not deleted: {why}</source>
            <translation>Δεν διαγράφηκε: {why}</translation>
        </message>
        <message>
            <source>Reading the open deals…</source>
            <translation>Διαβάζονται οι ανοιχτές συμφωνίες…</translation>
        </message>
        <message>
            <source>Choose the rep's planned week first: Friday's report follows Monday's plan.</source>
            <translation>Επιλέξτε πρώτα την προγραμματισμένη εβδομάδα του πωλητή: η αναφορά Παρασκευής ακολουθεί το πλάνο Δευτέρας.</translation>
        </message>
        <message>
            <source>New scorecard</source>
            <translation>Νέα φόρμα βαθμολόγησης</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Φόρμες βαθμολόγησης</translation>
        </message>
        <message>
            <source>zeroes the evaluation</source>
            <translation>μηδενίζει τη βαθμολόγηση</translation>
        </message>
        <message>
            <source>caps the evaluation at</source>
            <translation>περιορίζει τη βαθμολόγηση στο</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Έκδοση</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Περιγραφή</translation>
        </message>
        <message>
            <source>A failed critical question</source>
            <translation>Αποτυχία σε κρίσιμη ερώτηση</translation>
        </message>
        <message>
            <source>Save scorecard</source>
            <translation>Αποθήκευση φόρμας</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Χαιρετισμός</translation>
        </message>
        <message>
            <source>Greeted the customer promptly</source>
            <translation>Χαιρέτησε άμεσα τον πελάτη</translation>
        </message>
        <message>
            <source>A new scorecard: saving creates version 1.</source>
            <translation>Νέα φόρμα βαθμολόγησης: η αποθήκευση δημιουργεί την έκδοση 1.</translation>
        </message>
        <message>
            <source>Version {number}, not used yet: changes are saved into it.</source>
            <translation>Έκδοση {number}, δεν έχει χρησιμοποιηθεί ακόμη: οι αλλαγές αποθηκεύονται σε αυτήν.</translation>
        </message>
        <message>
            <source>Scorecard not saved</source>
            <translation>Η φόρμα δεν αποθηκεύτηκε</translation>
        </message>
        <message>
            <source>Saved as version {number} (a new version).</source>
            <translation>Αποθηκεύτηκε ως έκδοση {number} (νέα έκδοση).</translation>
        </message>
        <message>
            <source>Saved as version {number}.</source>
            <translation>Αποθηκεύτηκε ως έκδοση {number}.</translation>
        </message>
        <message>
            <source>New evaluation</source>
            <translation>Νέα βαθμολόγηση</translation>
        </message>
        <message>
            <source>the outside agency's name</source>
            <translation>το όνομα της εξωτερικής εταιρείας</translation>
        </message>
        <message>
            <source>who evaluated (your own name: Company ▸ Users and roles)</source>
            <translation>βαθμολογητής (εσείς: Εταιρεία ▸ Χρήστες και ρόλοι)</translation>
        </message>
        <message>
            <source>link to the call recording or a file (optional)</source>
            <translation>σύνδεσμος στην ηχογράφηση ή σε αρχείο (προαιρετικό)</translation>
        </message>
        <message>
            <source>comments for the rep (optional)</source>
            <translation>σχόλια για τον πωλητή (προαιρετικό)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Κανάλι</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Αξιολογητής</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Ηχογράφηση</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Σχόλια</translation>
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation>Αποθήκευση  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save &amp;&amp; next  (Ctrl+Shift+S)</source>
            <translation>Αποθήκευση &amp;&amp; επόμενο  (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>choose a rep from the list</source>
            <translation>επιλέξτε πωλητή από τη λίστα</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>απαντήστε σε τουλάχιστον μία ερώτηση</translation>
        </message>
        <message>
            <source>Saved for {rep} ({count} in this session). Next rep:</source>
            <translation>Αποθηκεύτηκε για {rep} ({count} σε αυτή τη συνεδρία). Επόμενος πωλητής:</translation>
        </message>
        <message>
            <source>New evaluation…  (Ctrl+E)</source>
            <translation>Νέα βαθμολόγηση…  (Ctrl+E)</translation>
        </message>
        <message>
            <source>Import agency results…</source>
            <translation>Εισαγωγή αποτελεσμάτων εταιρείας…</translation>
        </message>
        <message>
            <source>Rep name contains…</source>
            <translation>Όνομα πωλητή…</translation>
        </message>
        <message>
            <source>All scorecards</source>
            <translation>Όλες οι φόρμες</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Φίλτρο</translation>
        </message>
        <message>
            <source>{score} ⚠ critical</source>
            <translation>{score} ⚠ κρίσιμο</translation>
        </message>
        <message>
            <source>{count} evaluations match the filter (the latest {limit} shown)</source>
            <translation>{count} βαθμολογήσεις ταιριάζουν με το φίλτρο (εμφανίζονται οι τελευταίες {limit})</translation>
        </message>
        <message>
            <source>{count} most recent evaluations (the latest {limit} shown)</source>
            <translation>{count} πιο πρόσφατες βαθμολογήσεις (εμφανίζονται οι τελευταίες {limit})</translation>
        </message>
        <message>
            <source>Evaluation · {rep} · {date}</source>
            <translation>Βαθμολόγηση · {rep} · {date}</translation>
        </message>
        <message>
            <source>Comments: {text}</source>
            <translation>Σχόλια: {text}</translation>
        </message>
        <message>
            <source>Recording: {link}</source>
            <translation>Ηχογράφηση: {link}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>part inside each tier</source>
            <translation>το τμήμα σε κάθε κλιμάκιο</translation>
        </message>
        <message>
            <source>all of the amount</source>
            <translation>όλο το ποσό</translation>
        </message>
        <message>
            <source>Export (.csv / .xlsx)…</source>
            <translation>Εξαγωγή (.csv / .xlsx)…</translation>
        </message>
        <message>
            <source>Incentive plans…</source>
            <translation>Προγράμματα κινήτρων…</translation>
        </message>
        <message>
            <source>Select a rep to see the arithmetic.</source>
            <translation>Επιλέξτε πωλητή για να δείτε τον υπολογισμό.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rep}&lt;/b&gt;: {arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rep}&lt;/b&gt;: {arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Export commission</source>
            <translation>Εξαγωγή προμηθειών</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Βιβλίο Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Incentive plans</source>
            <translation>Προγράμματα κινήτρων</translation>
        </message>
        <message>
            <source>company default (teams without their own plan)</source>
            <translation>προεπιλογή εταιρείας (ομάδες χωρίς δικό τους πρόγραμμα)</translation>
        </message>
        <message>
            <source> % of won amount (no tiers or no quota)</source>
            <translation> % του κερδισμένου ποσού (χωρίς κλιμάκια ή στόχο)</translation>
        </message>
        <message>
            <source>the part of the won amount inside each tier</source>
            <translation>το τμήμα του κερδισμένου ποσού σε κάθε κλιμάκιο</translation>
        </message>
        <message>
            <source>all of the won amount, at the rate of the tier reached</source>
            <translation>όλο το κερδισμένο ποσό, με τον συντελεστή του κλιμακίου που επιτεύχθηκε</translation>
        </message>
        <message>
            <source>From % of quota</source>
            <translation>Από % στόχου</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Συντελ. %</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Μπόνους</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Όριο</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Προσθήκη κλιμακίου</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>Προσθήκη μπόνους</translation>
        </message>
        <message>
            <source>Remove selected row</source>
            <translation>Αφαίρεση επιλεγμένης γραμμής</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Αποθήκευση προγράμματος</translation>
        </message>
        <message>
            <source>Base rate</source>
            <translation>Βασικός συντελεστής</translation>
        </message>
        <message>
            <source>A tier's rate applies to</source>
            <translation>Ο συντελεστής κλιμακίου εφαρμόζεται σε</translation>
        </message>
        <message>
            <source>Tiers (thresholds in % of quota; 50 means half the quota)</source>
            <translation>Κλιμάκια (όρια σε % του στόχου· 50 σημαίνει το μισό του στόχου)</translation>
        </message>
        <message>
            <source>Bonuses: attainment and quality in %, deals as a count</source>
            <translation>Μπόνους: επίτευξη και ποιότητα σε %, συμφωνίες σε πλήθος</translation>
        </message>
        <message>
            <source>row {row}: '{text}' is not a number</source>
            <translation>γραμμή {row}: το «{text}» δεν είναι αριθμός</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Αποθηκεύτηκε.</translation>
        </message>
        <message>
            <source>all teams</source>
            <translation>όλες οι ομάδες</translation>
        </message>
        <message>
            <source>Assign suggested course</source>
            <translation>Ανάθεση προτεινόμενου μαθήματος</translation>
        </message>
        <message>
            <source>Gap: a section below</source>
            <translation>Κενό: ενότητα κάτω από</translation>
        </message>
        <message>
            <source>over the last</source>
            <translation>στις τελευταίες</translation>
        </message>
        <message>
            <source>evaluations ·</source>
            <translation>βαθμολογήσεις ·</translation>
        </message>
        <message>
            <source>Show rep's trend</source>
            <translation>Τάση πωλητή</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Ενότητα</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Μ.Ο.</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Βαθμολ.</translation>
        </message>
        <message>
            <source>Suggested course</source>
            <translation>Προτεινόμενο μάθημα</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Μάθημα</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Θέμα</translation>
        </message>
        <message>
            <source>Sections it trains</source>
            <translation>Ενότητες που εκπαιδεύει</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Επερχόμενα</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Ολοκλ.</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>enrolments not completed</comment>
            <translation>Ανοιχτά</translation>
        </message>
        <message>
            <source>Score before</source>
            <translation>Βαθμός πριν</translation>
        </message>
        <message>
            <source>Score after</source>
            <translation>Βαθμός μετά</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Μεταβολή</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Έναρξη</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Ώρες</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Εκπαιδευτής</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Εγγεγραμμένοι</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Ανατέθηκε</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Συνεδρία</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Αξιολόγηση</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Γιατί</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Νέα συνεδρία…</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>Νέο μάθημα…</translation>
        </message>
        <message>
            <source>Score before vs after: each rep's average in the 120 days before completing the course against the 120 days after.</source>
            <translation>Βαθμός πριν και μετά: ο μέσος όρος κάθε πωλητή τις 120 ημέρες πριν την ολοκλήρωση του μαθήματος έναντι των 120 ημερών μετά.</translation>
        </message>
        <message>
            <source>Courses and their effect</source>
            <translation>Μαθήματα και η επίδρασή τους</translation>
        </message>
        <message>
            <source>Training calendar</source>
            <translation>Ημερολόγιο εκπαίδευσης</translation>
        </message>
        <message>
            <source>Rep's training history</source>
            <translation>Ιστορικό εκπαίδευσης πωλητή</translation>
        </message>
        <message>
            <source>Looking for gaps…</source>
            <translation>Αναζήτηση κενών…</translation>
        </message>
        <message>
            <source>Gaps could not be read: {reason}</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση των κενών: {reason}</translation>
        </message>
        <message>
            <source>— none left: every course for it is taken or none is mapped —</source>
            <translation>— δεν απομένει κανένα: κάθε σχετικό μάθημα έχει γίνει ή δεν έχει αντιστοιχιστεί —</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; course(s) just assigned.</source>
            <translation>
                <numerusform>Ανατέθηκε &lt;b&gt;%n&lt;/b&gt; μάθημα.</numerusform>
                <numerusform>Ανατέθηκαν &lt;b&gt;%n&lt;/b&gt; μαθήματα.</numerusform>
            </translation>
        </message>
        <message>
            <source>{gaps} for {reps}, weakest first. Select rows and assign (or double-click one).</source>
            <translation>{gaps} για {reps}, τα πιο αδύναμα πρώτα. Επιλέξτε γραμμές και αναθέστε (ή διπλό κλικ σε μία).</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Εξ αποστάσεως</translation>
        </message>
        <message>
            <source>Training history · {rep}</source>
            <translation>Ιστορικό εκπαίδευσης · {rep}</translation>
        </message>
        <message>
            <source>Record an outcome</source>
            <translation>Καταγραφή αποτελέσματος</translation>
        </message>
        <message>
            <source>Select a course in the rep's training history.</source>
            <translation>Επιλέξτε μάθημα στο ιστορικό εκπαίδευσης του πωλητή.</translation>
        </message>
        <message>
            <source>Assign a course</source>
            <translation>Ανάθεση μαθήματος</translation>
        </message>
        <message>
            <source>Select gaps that have a suggested course.</source>
            <translation>Επιλέξτε κενά που έχουν προτεινόμενο μάθημα.</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Δεν ανατέθηκε</translation>
        </message>
        <message>
            <source>Export training calendar</source>
            <translation>Εξαγωγή ημερολογίου εκπαίδευσης</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>Νέο μάθημα</translation>
        </message>
        <message>
            <source>product knowledge</source>
            <translation>γνώση προϊόντων</translation>
        </message>
        <message>
            <source>competitive intelligence</source>
            <translation>πληροφόρηση ανταγωνισμού</translation>
        </message>
        <message>
            <source>prospecting</source>
            <translation>αναζήτηση πελατών</translation>
        </message>
        <message>
            <source>opportunity management</source>
            <translation>διαχείριση ευκαιριών</translation>
        </message>
        <message>
            <source>territory planning</source>
            <translation>σχεδιασμός περιοχής</translation>
        </message>
        <message>
            <source>professional communication</source>
            <translation>επαγγελματική επικοινωνία</translation>
        </message>
        <message>
            <source>sales standards</source>
            <translation>πρότυπα πωλήσεων</translation>
        </message>
        <message>
            <source> h</source>
            <comment>hours</comment>
            <translation> ώ.</translation>
        </message>
        <message>
            <source>Scorecard sections it trains
(gaps there suggest it)</source>
            <translation>Ενότητες φόρμας που εκπαιδεύει
(κενά εκεί το προτείνουν)</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>Νέα εκπαιδευτική συνεδρία</translation>
        </message>
        <message>
            <source>a room, or the meeting link</source>
            <translation>αίθουσα ή σύνδεσμος συνάντησης</translation>
        </message>
        <message>
            <source>open to every team</source>
            <translation>ανοιχτό σε όλες τις ομάδες</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>χωρίς όριο</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Θέσεις</translation>
        </message>
        <message>
            <source>Add a course to the catalogue first.</source>
            <translation>Προσθέστε πρώτα μάθημα στον κατάλογο.</translation>
        </message>
        <message>
            <source>Outcome · {course}</source>
            <translation>Αποτέλεσμα · {course}</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Παρακολούθησε</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Ολοκληρώθηκε στις</translation>
        </message>
        <message>
            <source>no test</source>
            <translation>χωρίς τεστ</translation>
        </message>
        <message>
            <source>Assessment score</source>
            <translation>Βαθμός αξιολόγησης</translation>
        </message>
        <message>
            <source>{points} pts</source>
            <translation>{points} β.</translation>
        </message>
        <message>
            <source>last {count} months</source>
            <translation>τελ. {count} μήνες</translation>
        </message>
        <message>
            <source>Rep average</source>
            <translation>Μ.Ο. πωλητή</translation>
        </message>
        <message>
            <source>Team average</source>
            <translation>Μ.Ο. ομάδας</translation>
        </message>
        <message>
            <source>Rep vs team</source>
            <translation>Πωλ. / ομάδα</translation>
        </message>
        <message>
            <source>The trend could not be read: {reason}</source>
            <translation>Η τάση δεν μπόρεσε να διαβαστεί: {reason}</translation>
        </message>
        <message>
            <source>No evaluations yet: record one on the Evaluations tab.</source>
            <translation>Καμία βαθμολόγηση ακόμη: καταγράψτε μία στην καρτέλα Βαθμολογήσεις.</translation>
        </message>
        <message>
            <source>— overall only —</source>
            <translation>— μόνο συνολικά —</translation>
        </message>
        <message>
            <source>{rep} · {team} · weakest sections: {sections}</source>
            <translation>{rep} · {team} · πιο αδύναμες ενότητες: {sections}</translation>
        </message>
        <message>
            <source>no team</source>
            <translation>χωρίς ομάδα</translation>
        </message>
        <message>
            <source>Rep overall</source>
            <translation>Πωλητής συνολικά</translation>
        </message>
        <message>
            <source>Team overall</source>
            <translation>Ομάδα συνολικά</translation>
        </message>
        <message>
            <source>Rep · {section}</source>
            <translation>Πωλητής · {section}</translation>
        </message>
        <message>
            <source>Team · {section}</source>
            <translation>Ομάδα · {section}</translation>
        </message>
        <message>
            <source>Monthly average score</source>
            <translation>Μηνιαίος μέσος βαθμός</translation>
        </message>
        <message>
            <source>per team</source>
            <translation>ανά ομάδα</translation>
        </message>
        <message>
            <source>per territory</source>
            <translation>ανά περιοχή</translation>
        </message>
        <message>
            <source>per wave of mystery shops</source>
            <translation>ανά κύμα μυστικού πελάτη</translation>
        </message>
        <message>
            <source>Put on the honour roll</source>
            <translation>Στον πίνακα τιμής</translation>
        </message>
        <message>
            <source>League table</source>
            <translation>Βαθμολογία</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Θέση</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Ομάδα</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Μέγ.</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>Ελάχ.</translation>
        </message>
        <message>
            <source>Critical fails</source>
            <translation>Κρίσιμα λάθη</translation>
        </message>
        <message>
            <source>all</source>
            <translation>όλα</translation>
        </message>
        <message>
            <source>&lt;b&gt;Honour roll:&lt;/b&gt; nobody yet.</source>
            <translation>&lt;b&gt;Πίνακας τιμής:&lt;/b&gt; κανείς ακόμη.</translation>
        </message>
        <message>
            <source>Honour roll</source>
            <translation>Πίνακας τιμής</translation>
        </message>
        <message>
            <source>Edit rep…</source>
            <translation>Επεξεργασία πωλητή…</translation>
        </message>
        <message>
            <source>Full history…</source>
            <translation>Πλήρες ιστορικό…</translation>
        </message>
        <message>
            <source>Every change of this rep (Ctrl+H)</source>
            <translation>Κάθε αλλαγή αυτού του πωλητή (Ctrl+H)</translation>
        </message>
        <message>
            <source>Not available: {reason}</source>
            <translation>Μη διαθέσιμο: {reason}</translation>
        </message>
        <message>
            <source>{metric}, week by week</source>
            <translation>{metric}, ανά εβδομάδα</translation>
        </message>
        <message>
            <source>Rep {id}</source>
            <translation>Πωλητής {id}</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>χωρίς στόχο</translation>
        </message>
        <message>
            <source>from {agency}</source>
            <translation>από {agency}</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Μέντορας</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>Περιοχές</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Πρόσληψη</translation>
        </message>
        <message>
            <source>Left</source>
            <comment>left the company</comment>
            <translation>Αποχώρηση</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>επαληθευμένο</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>μη επαληθευμένο</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Τηλέφωνο</translation>
        </message>
        <message>
            <source>Home base</source>
            <translation>Έδρα</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Ζώνη ώρας</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Σύσταση από</translation>
        </message>
        <message>
            <source>Prior results</source>
            <translation>Παρελθόν</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Προφίλ</translation>
        </message>
        <message>
            <source>Builder — opens new accounts and territory</source>
            <translation>Builder — ανοίγει νέους λογαριασμούς και περιοχές</translation>
        </message>
        <message>
            <source>Producer — grows existing accounts</source>
            <translation>Producer — αναπτύσσει υπάρχοντες λογαριασμούς</translation>
        </message>
        <message>
            <source>Probation rule:</source>
            <translation>Κανόνας δοκιμαστικής περιόδου:</translation>
        </message>
        <message>
            <source>Not flagged by the probation rule.</source>
            <translation>Δεν επισημάνθηκε από τον κανόνα δοκιμαστικής περιόδου.</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>Ένταξη</translation>
        </message>
        <message>
            <source>{done} of {count} done</source>
            <translation>{done} από {count} ολοκληρώθηκαν</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>εκπρόθεσμο</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Βήμα</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Λήξη</translation>
        </message>
        <message>
            <source>Improvement plan</source>
            <translation>Πλάνο βελτίωσης</translation>
        </message>
        <message>
            <source>No improvement plan.</source>
            <translation>Χωρίς πλάνο βελτίωσης.</translation>
        </message>
        <message>
            <source>so far</source>
            <translation>μέχρι στιγμής</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Τρίμηνο</translation>
        </message>
        <message>
            <source>No key numbers or goals this quarter.</source>
            <translation>Χωρίς βασικούς δείκτες ή στόχους αυτό το τρίμηνο.</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Μέχρι στιγμής</translation>
        </message>
        <message>
            <source>{open} · {won} · {lost} this quarter</source>
            <translation>{open} · {won} · {lost} αυτό το τρίμηνο</translation>
        </message>
        <message>
            <source>{n} open</source>
            <translation>{n} ανοιχτές</translation>
        </message>
        <message>
            <source>{n} won</source>
            <translation>{n} κερδισμένες</translation>
        </message>
        <message>
            <source>{n} lost</source>
            <translation>{n} χαμένες</translation>
        </message>
        <message>
            <source>Close</source>
            <comment>close date</comment>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>and {n} more on the board</source>
            <translation>και {n} ακόμη στον πίνακα</translation>
        </message>
        <message>
            <source>Next:</source>
            <translation>Επόμενη:</translation>
        </message>
        <message>
            <source>No one-on-one scheduled.</source>
            <translation>Καμία ατομική συνάντηση προγραμματισμένη.</translation>
        </message>
        <message>
            <source>numbers not recovered</source>
            <translation>οι αριθμοί δεν ανέκαμψαν</translation>
        </message>
        <message>
            <source>No one-on-one held yet.</source>
            <translation>Δεν έχει γίνει ακόμη ατομική συνάντηση.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Καμία αξιολόγηση ακόμη.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Κύκλος</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Βαθμός</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Αξιολογητής</translation>
        </message>
        <message>
            <source>No evaluations in the last twelve months.</source>
            <translation>Καμία βαθμολόγηση τους τελευταίους δώδεκα μήνες.</translation>
        </message>
        <message>
            <source>Section (weakest first)</source>
            <translation>Ενότητα (αδύναμες πρώτα)</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Κενό</translation>
        </message>
        <message>
            <source>No training assigned.</source>
            <translation>Καμία εκπαίδευση δεν έχει ανατεθεί.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Βαθμός</translation>
        </message>
        <message>
            <source>Base salary</source>
            <translation>Βασικός μισθός</translation>
        </message>
        <message>
            <source>Own commission rate</source>
            <translation>Δικός του συντελεστής προμήθειας</translation>
        </message>
        <message>
            <source>No commission this quarter: no won deals and no quota.</source>
            <translation>Καμία προμήθεια αυτό το τρίμηνο: ούτε κερδισμένες συμφωνίες ούτε στόχος.</translation>
        </message>
        <message>
            <source>{period} ({plan}): won {won}, commission {commission}</source>
            <translation>{period} ({plan}): κερδισμένα {won}, προμήθεια {commission}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Γραμμή</translation>
        </message>
        <message>
            <source>On</source>
            <comment>the amount a rate applies to</comment>
            <translation>Επί</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Συντελ.</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Προμήθεια</translation>
        </message>
        <message>
            <source>No recorded changes.</source>
            <translation>Καμία καταγεγραμμένη αλλαγή.</translation>
        </message>
        <message>
            <source>created</source>
            <translation>δημιουργήθηκε</translation>
        </message>
        <message>
            <source>Choose a review on the left.</source>
            <translation>Επιλέξτε αξιολόγηση στα αριστερά.</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Διάσταση</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Βάρος</translation>
        </message>
        <message>
            <source>Figure of the quarter</source>
            <translation>Μέγεθος τριμήνου</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Προτεινόμενο</translation>
        </message>
        <message>
            <source>Overall rating: –</source>
            <translation>Συνολικός βαθμός: –</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Παράκαμψη</translation>
        </message>
        <message>
            <source>Reason for the override (required)</source>
            <translation>Λόγος παράκαμψης (υποχρεωτικό)</translation>
        </message>
        <message>
            <source>Figures against target</source>
            <translation>Μεγέθη έναντι στόχου</translation>
        </message>
        <message>
            <source>Trend of the quarter</source>
            <translation>Τάση τριμήνου</translation>
        </message>
        <message>
            <source>The rep's own comments, entered when they acknowledge the review</source>
            <translation>Τα σχόλια του ίδιου του πωλητή, όταν επιβεβαιώνει την αξιολόγηση</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Δυνατά σημεία</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>Προς βελτίωση</translation>
        </message>
        <message>
            <source>SMART goal (specific)</source>
            <translation>Στόχος SMART (συγκεκριμένος)</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>Μέτρηση με</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Προθεσμία</translation>
        </message>
        <message>
            <source>Goals for next quarter</source>
            <translation>Στόχοι επόμενου τριμήνου</translation>
        </message>
        <message>
            <source>Rep's comments</source>
            <translation>Σχόλια πωλητή</translation>
        </message>
        <message>
            <source>Pay and decision (HR only)</source>
            <translation>Αμοιβή και απόφαση (μόνο HR)</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Καταγραφή απόφασης</translation>
        </message>
        <message>
            <source>Current pay</source>
            <translation>Τρέχουσα αμοιβή</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Απόφαση</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Υποβολή</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>Επιστροφή σε πρόχειρο</translation>
        </message>
        <message>
            <source>Rep acknowledges</source>
            <translation>Επιβεβαίωση πωλητή</translation>
        </message>
        <message>
            <source>Close review</source>
            <translation>Κλείσιμο αξιολόγησης</translation>
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
            <translation>Αξιολογητής {name}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Κατάσταση: {status}</translation>
        </message>
        <message>
            <source>closed {date}</source>
            <translation>έκλεισε {date}</translation>
        </message>
        <message>
            <source>Rated by the reviewer</source>
            <translation>Βαθμολογήθηκε από τον αξιολογητή</translation>
        </message>
        <message>
            <source>Not available yet: {reason}</source>
            <translation>Μη διαθέσιμο ακόμη: {reason}</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Δεν εφαρμόζεται</translation>
        </message>
        <message>
            <source>This review is closed and read-only.</source>
            <translation>Η αξιολόγηση έχει κλείσει και είναι μόνο για ανάγνωση.</translation>
        </message>
        <message>
            <source>Previous review {cycle}: {rating} ({status}).</source>
            <translation>Προηγούμενη αξιολόγηση {cycle}: {rating} ({status}).</translation>
        </message>
        <message>
            <source>No previous review.</source>
            <translation>Καμία προηγούμενη αξιολόγηση.</translation>
        </message>
        <message>
            <source>One-on-ones this quarter: {held} held of {count}.</source>
            <translation>Ατομικές συναντήσεις τριμήνου: έγιναν {held} από {count}.</translation>
        </message>
        <message>
            <source>No one-on-ones recorded this quarter.</source>
            <translation>Καμία ατομική συνάντηση αυτό το τρίμηνο.</translation>
        </message>
        <message>
            <source>Goals for this quarter: {goals}.</source>
            <translation>Στόχοι τριμήνου: {goals}.</translation>
        </message>
        <message>
            <source>{goal} ({target} by {deadline})</source>
            <translation>{goal} ({target} έως {deadline})</translation>
        </message>
        <message>
            <source>Improvement plan ({days} days from {start}, {outcome}): {progress}</source>
            <translation>Πλάνο βελτίωσης ({days} ημέρες από {start}, {outcome}): {progress}</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>Βασικοί δείκτες</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Ποιότητα</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% στόχου</translation>
        </message>
        <message>
            <source>{base} base, commission {rate}</source>
            <translation>{base} βασικός, προμήθεια {rate}</translation>
        </message>
        <message>
            <source>{base} base</source>
            <translation>{base} βασικός</translation>
        </message>
        <message>
            <source>Overall rating (from the weights): {rating}</source>
            <translation>Συνολικός βαθμός (από τα βάρη): {rating}</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this review. Your edits are still here; Save checks them against the current version.</source>
            <translation>Δεν αποθηκεύτηκε: κάποιος άλλος άλλαξε αυτή την αξιολόγηση. Οι αλλαγές σας είναι ακόμη εδώ· η Αποθήκευση τις ελέγχει έναντι της τρέχουσας έκδοσης.</translation>
        </message>
        <message>
            <source>Reloaded: the form shows the review as saved now.</source>
            <translation>Επαναφορτώθηκε: η φόρμα δείχνει την αξιολόγηση όπως είναι αποθηκευμένη τώρα.</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {reason}</source>
            <translation>Η επαναφόρτωση απέτυχε· οι αλλαγές σας διατηρούνται. {reason}</translation>
        </message>
        <message>
            <source>{action}…</source>
            <translation>{action}…</translation>
        </message>
        <message>
            <source>Review submitted.</source>
            <translation>Η αξιολόγηση υποβλήθηκε.</translation>
        </message>
        <message>
            <source>Review returned.</source>
            <translation>Η αξιολόγηση επιστράφηκε.</translation>
        </message>
        <message>
            <source>Review acknowledged.</source>
            <translation>Η αξιολόγηση επιβεβαιώθηκε.</translation>
        </message>
        <message>
            <source>Review closed.</source>
            <translation>Η αξιολόγηση έκλεισε.</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Έγινε.</translation>
        </message>
        <message>
            <source>Not done: someone else changed this review meanwhile.</source>
            <translation>Δεν έγινε: κάποιος άλλος άλλαξε στο μεταξύ την αξιολόγηση.</translation>
        </message>
        <message>
            <source>Pay decision recorded.</source>
            <translation>Η απόφαση αμοιβής καταγράφηκε.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Αξιολόγηση</translation>
        </message>
        <message>
            <source>Goals of the sales plan due in the quarter</source>
            <translation>Επιδιώξεις του πλάνου πωλήσεων με λήξη στο τρίμηνο</translation>
        </message>
        <message>
            <source>The goals of the sales plan could not be read: {why}</source>
            <translation>Δεν ήταν δυνατή η ανάγνωση των επιδιώξεων του πλάνου πωλήσεων: {why}</translation>
        </message>
        <message>
            <source>No goal of the rep's sales plan was due in this quarter.</source>
            <translation>Καμία επιδίωξη του πλάνου του πωλητή δεν έληγε σε αυτό το τρίμηνο.</translation>
        </message>
        <message>
            <source>{met} of {all} met (the rep's own plan's goals with their deadline in this quarter, measured from Repdesk data).</source>
            <translation>Επιτεύχθηκαν {met} από {all} (οι επιδιώξεις του πλάνου του πωλητή με προθεσμία στο τρίμηνο, μετρημένες από δεδομένα του Repdesk).</translation>
        </message>
        <message>
            <source>New cycle…</source>
            <translation>Νέος κύκλος…</translation>
        </message>
        <message>
            <source>PDFs for the list…</source>
            <translation>PDF για τη λίστα…</translation>
        </message>
        <message>
            <source>Team summary PDF…</source>
            <translation>PDF ομάδας…</translation>
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
            <translation>Χαρτί</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Πλάνο</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Άνοιγμα PDF</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Άνοιγμα φακέλου</translation>
        </message>
        <message>
            <source>Put on improvement plan…</source>
            <translation>Πλάνο βελτίωσης…</translation>
        </message>
        <message>
            <source>Loading the reviews…</source>
            <translation>Φόρτωση αξιολογήσεων…</translation>
        </message>
        <message>
            <source>Could not load the reviews: {reason}</source>
            <translation>Δεν ήταν δυνατή η φόρτωση των αξιολογήσεων: {reason}</translation>
        </message>
        <message>
            <source>on plan</source>
            <translation>σε πλάνο</translation>
        </message>
        <message>
            <source>{n} {status}</source>
            <translation>{n} {status}</translation>
        </message>
        <message>
            <source>No reviews in this cycle for this team.</source>
            <translation>Καμία αξιολόγηση σε αυτόν τον κύκλο για την ομάδα.</translation>
        </message>
        <message>
            <source>New review cycle</source>
            <translation>Νέος κύκλος αξιολογήσεων</translation>
        </message>
        <message>
            <source>Quarter (draft reviews for {scope}):</source>
            <translation>Τρίμηνο (πρόχειρες αξιολογήσεις για {scope}):</translation>
        </message>
        <message>
            <source>Review {cycle}: rated {rating}.</source>
            <translation>Αξιολόγηση {cycle}: βαθμός {rating}.</translation>
        </message>
        <message>
            <source>Review {cycle}: not rated yet.</source>
            <translation>Αξιολόγηση {cycle}: δεν έχει βαθμολογηθεί ακόμη.</translation>
        </message>
        <message>
            <source>Folder for the PDFs</source>
            <translation>Φάκελος για τα PDF</translation>
        </message>
        <message>
            <source>Failed: {list}.</source>
            <translation>Απέτυχαν: {list}.</translation>
        </message>
        <message>
            <source>Cancelled: no PDFs were kept.</source>
            <translation>Ακυρώθηκε: δεν κρατήθηκε κανένα PDF.</translation>
        </message>
        <message>
            <source>Review PDFs</source>
            <translation>PDF αξιολογήσεων</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Γράφτηκε το {path}.</translation>
        </message>
        <message>
            <source>Reading the cycle…</source>
            <translation>Ανάγνωση του κύκλου…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Writing the team summary…</source>
            <translation>Σύνταξη σύνοψης ομάδας…</translation>
        </message>
        <message>
            <source>Improvement plan: {rep}</source>
            <translation>Πλάνο βελτίωσης: {rep}</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} ημέρες</translation>
        </message>
        <message>
            <source>The key number measured each week (its key, e.g. calls)</source>
            <translation>Ο βασικός δείκτης που μετράται κάθε εβδομάδα (το κλειδί του, π.χ. calls)</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>Εβδομαδιαίος στόχος</translation>
        </message>
        <message>
            <source>Check-ins are scheduled every two weeks.</source>
            <translation>Οι ενδιάμεσοι έλεγχοι προγραμματίζονται κάθε δύο εβδομάδες.</translation>
        </message>
        <message>
            <source>Export reps</source>
            <translation>Εξαγωγή πωλητών</translation>
        </message>
        <message>
            <source>Reps exported</source>
            <translation>Οι πωλητές εξήχθησαν</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Η εξαγωγή απέτυχε</translation>
        </message>
        <message>
            <source>Exporting reps…</source>
            <translation>Εξαγωγή πωλητών…</translation>
        </message>
        <message>
            <source>Search name, email, territory, agency…</source>
            <translation>Όνομα, email, περιοχή, συνεργάτης…</translation>
        </message>
        <message>
            <source>Below quota for the team's probation rule, or onboarding overdue</source>
            <translation>Κάτω από τον στόχο κατά τον κανόνα δοκιμαστικής περιόδου ή εκπρόθεσμη ένταξη</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Κάθε κατάσταση</translation>
        </message>
        <message>
            <source>All work modes</source>
            <translation>Κάθε τρόπος</translation>
        </message>
        <message>
            <source>All employment</source>
            <translation>Κάθε σχέση</translation>
        </message>
        <message>
            <source>Add rep…</source>
            <translation>Προσθήκη…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Αλλαγή…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Εισαγωγή…</translation>
        </message>
        <message>
            <source>Probation rule…</source>
            <translation>Δοκιμαστική…</translation>
        </message>
        <message>
            <source>Quarters below quota, in a row, before a rep of the chosen team is flagged</source>
            <translation>Συνεχόμενα τρίμηνα κάτω από τον στόχο πριν επισημανθεί πωλητής της ομάδας</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Στήλες</translation>
        </message>
        <message>
            <source>Loading the roster…</source>
            <translation>Φόρτωση μητρώου…</translation>
        </message>
        <message>
            <source>{action} {what}</source>
            <comment>undo or redo, then what</comment>
            <translation>{action} {what}</translation>
        </message>
        <message>
            <source>Could not load the roster: {problem}</source>
            <translation>Δεν ήταν δυνατή η φόρτωση του μητρώου: {problem}</translation>
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;{n} on quota watch&lt;/span&gt; (below quota the team's number of quarters in a row)</source>
            <translation>&lt;span style='color:#b3261e'&gt;{n} υπό παρακολούθηση στόχου&lt;/span&gt; (κάτω από τον στόχο τόσα συνεχόμενα τρίμηνα όσα ορίζει η ομάδα)</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Επαναφορά στηλών</translation>
        </message>
        <message>
            <source>Probation rule</source>
            <translation>Κανόνας δοκιμαστικής περιόδου</translation>
        </message>
        <message>
            <source>{team}: flag reps below quota this many quarters in a row (0: never)</source>
            <translation>{team}: επισήμανση πωλητών κάτω από τον στόχο για τόσα συνεχόμενα τρίμηνα (0: ποτέ)</translation>
        </message>
        <message>
            <source>Select a territory to see and set its quota.</source>
            <translation>Επιλέξτε περιοχή για να δείτε και να ορίσετε τον στόχο της.</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Έτος {year}</translation>
        </message>
        <message>
            <source>Money (won amount)</source>
            <translation>Χρήμα (κερδισμένο ποσό)</translation>
        </message>
        <message>
            <source>Won deals (count)</source>
            <translation>Κερδισμένες συμφωνίες (πλήθος)</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>ποσό</translation>
        </message>
        <message>
            <source>Save quota</source>
            <translation>Αποθήκευση στόχου</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>σε τρίμηνα</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>σε μήνες</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>σε εβδομάδες</translation>
        </message>
        <message>
            <source>weights, e.g. 1,1,1,2</source>
            <translation>βάρη, π.χ. 1,1,1,2</translation>
        </message>
        <message>
            <source>Empty: split evenly; or seasonal weights, e.g. 1,1,1,2</source>
            <translation>Κενό: ισόποσος διαχωρισμός· ή εποχικά βάρη, π.χ. 1,1,1,2</translation>
        </message>
        <message>
            <source>Share of the quota</source>
            <translation>Μερίδιο στόχου</translation>
        </message>
        <message>
            <source>Share evenly</source>
            <translation>Ισόποση κατανομή</translation>
        </message>
        <message>
            <source>Save allocation</source>
            <translation>Αποθήκευση κατανομής</translation>
        </message>
        <message>
            <source>Measured in</source>
            <translation>Μονάδα μέτρησης</translation>
        </message>
        <message>
            <source>Territory quota</source>
            <translation>Στόχος περιοχής</translation>
        </message>
        <message>
            <source>&lt;b&gt;Allocation to the reps covering the territory&lt;/b&gt;</source>
            <translation>&lt;b&gt;Κατανομή στους πωλητές της περιοχής&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: quota, split and allocation</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: στόχος, διαχωρισμός και κατανομή</translation>
        </message>
        <message>
            <source>Split: {parts}</source>
            <translation>Διαχωρισμός: {parts}</translation>
        </message>
        <message>
            <source>Not a valid amount for: {names}</source>
            <translation>Μη έγκυρο ποσό για: {names}</translation>
        </message>
        <message>
            <source>Allocated {total}; the territory has no quota for this period.</source>
            <translation>Κατανεμήθηκαν {total}· η περιοχή δεν έχει στόχο για αυτή την περίοδο.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: it adds up.</source>
            <translation>Κατανεμήθηκαν {total} από {quota}: το άθροισμα συμφωνεί.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} not allocated.</source>
            <translation>Κατανεμήθηκαν {total} από {quota}: {gap} δεν κατανεμήθηκαν.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} allocated beyond the territory's quota.</source>
            <translation>Κατανεμήθηκαν {total} από {quota}: {gap} πέρα από τον στόχο της περιοχής.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>Το «{text}» δεν είναι ποσό.</translation>
        </message>
        <message>
            <source>Not split</source>
            <translation>Δεν διαχωρίστηκε</translation>
        </message>
        <message>
            <source>“{text}” is not a list of weights.</source>
            <translation>Το «{text}» δεν είναι λίστα βαρών.</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Επεξεργασία: {name}</translation>
        </message>
        <message>
            <source>Add a rep</source>
            <translation>Προσθήκη πωλητή</translation>
        </message>
        <message>
            <source>— no team —</source>
            <translation>— χωρίς ομάδα —</translation>
        </message>
        <message>
            <source>known</source>
            <comment>hire date</comment>
            <translation>γνωστή</translation>
        </message>
        <message>
            <source>has left</source>
            <translation>έχει αποχωρήσει</translation>
        </message>
        <message>
            <source>The language this rep's review PDF is printed in: its labels, dates and numbers. Comments stay as written. Company default: the language of whoever prints it.</source>
            <translation>Η γλώσσα στην οποία τυπώνεται το PDF αξιολόγησης του πωλητή: ετικέτες, ημερομηνίες και αριθμοί. Τα σχόλια μένουν όπως γράφτηκαν. Προεπιλογή εταιρείας: η γλώσσα όποιου το τυπώνει.</translation>
        </message>
        <message>
            <source>Full name *</source>
            <translation>Ονοματεπώνυμο *</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Προτιμώμενο όνομα</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ρόλος</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>Εργασία</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Σχέση εργασίας</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Ημ. πρόσληψης</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Ημ. λήξης</translation>
        </message>
        <message>
            <source>Review language</source>
            <translation>Γλώσσα αξιολόγησης</translation>
        </message>
        <message>
            <source>Hiring</source>
            <translation>Πρόσληψη</translation>
        </message>
        <message>
            <source>e.g. referred by a rep, job board, agency</source>
            <translation>π.χ. σύσταση πωλητή, αγγελία, γραφείο ευρέσεως</translation>
        </message>
        <message>
            <source>How: reference call, payslips, W-2…</source>
            <translation>Πώς: τηλέφωνο αναφοράς, μισθοδοσίες, βεβαιώσεις…</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— δεν ορίστηκε —</translation>
        </message>
        <message>
            <source>Builder — opens new accounts</source>
            <translation>Builder — ανοίγει νέους λογαριασμούς</translation>
        </message>
        <message>
            <source>Compensation (visible to HR and admins only)</source>
            <translation>Αμοιβές (ορατές μόνο σε HR και διαχειριστές)</translation>
        </message>
        <message>
            <source>e.g. 5%</source>
            <translation>π.χ. 5%</translation>
        </message>
        <message>
            <source>Commission rate</source>
            <translation>Συντελεστής προμήθειας</translation>
        </message>
        <message>
            <source>Onboarding checklist</source>
            <translation>Λίστα ένταξης</translation>
        </message>
        <message>
            <source>{item} — with the {whom}, due {date}</source>
            <translation>{item} — με {whom}, έως {date}</translation>
        </message>
        <message>
            <source>rep</source>
            <comment>onboarding: with the rep</comment>
            <translation>τον πωλητή</translation>
        </message>
        <message>
            <source>{item}  (overdue)</source>
            <translation>{item}  (εκπρόθεσμο)</translation>
        </message>
        <message>
            <source>Please correct the marked fields.</source>
            <translation>Διορθώστε τα επισημασμένα πεδία.</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Δεν αποθηκεύτηκε: {problem}</translation>
        </message>
        <message>
            <source>Reloaded: the fields show the rep as saved now. Make your change again if it is still needed.</source>
            <translation>Επαναφορτώθηκε: τα πεδία δείχνουν τον πωλητή όπως είναι αποθηκευμένος τώρα. Κάντε ξανά την αλλαγή σας αν χρειάζεται ακόμη.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this rep. Your edits are still here; saving again checks them against the current version.</source>
            <translation>Δεν αποθηκεύτηκε: κάποιος άλλος άλλαξε αυτόν τον πωλητή. Οι αλλαγές σας είναι ακόμη εδώ· η νέα αποθήκευση τις ελέγχει έναντι της τρέχουσας έκδοσης.</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {problem}</source>
            <translation>Η επαναφόρτωση απέτυχε· οι αλλαγές σας διατηρούνται. {problem}</translation>
        </message>
        <message>
            <source>Stopping the save…</source>
            <translation>Διακοπή αποθήκευσης…</translation>
        </message>
        <message>
            <source>{days} d</source>
            <comment>tenure in days</comment>
            <translation>{days} ημ.</translation>
        </message>
        <message>
            <source>{years} y {months} m</source>
            <comment>tenure</comment>
            <translation>{years} έ. {months} μ.</translation>
        </message>
        <message>
            <source>{months} m</source>
            <comment>tenure in months</comment>
            <translation>{months} μ.</translation>
        </message>
        <message>
            <source>Agency: {agency}</source>
            <translation>Συνεργάτης: {agency}</translation>
        </message>
        <message>
            <source>Won / quota for {quarter}: {percent}</source>
            <translation>Κερδισμένα / στόχος για {quarter}: {percent}</translation>
        </message>
        <message>
            <source>{n} overdue</source>
            <comment>onboarding items</comment>
            <translation>{n} εκπρόθεσμα</translation>
        </message>
        <message>
            <source>The rep's status; '{note}': below quota the team's number of completed quarters in a row and not at quota yet this quarter (the probation rule)</source>
            <translation>Η κατάσταση του πωλητή· «{note}»: κάτω από τον στόχο για όσα συνεχόμενα ολοκληρωμένα τρίμηνα ορίζει η ομάδα και όχι ακόμη στον στόχο αυτό το τρίμηνο (κανόνας δοκιμαστικής περιόδου)</translation>
        </message>
        <message>
            <source>Time since the hire date (d: days, m: months, y: years)</source>
            <translation>Χρόνος από την πρόσληψη (ημ.: ημέρες, μ.: μήνες, έ.: έτη)</translation>
        </message>
        <message>
            <source>Won deals (by close date) ÷ the rep's quota for {quarter}; green at 100%, blue from 75%, yellow from 50%, red below</source>
            <translation>Κερδισμένες συμφωνίες (κατά ημ. κλεισίματος) ÷ στόχος του πωλητή για {quarter}· πράσινο στο 100%, μπλε από 75%, κίτρινο από 50%, κόκκινο κάτω</translation>
        </message>
        <message>
            <source>The next one-on-one scheduled with the rep</source>
            <translation>Η επόμενη προγραμματισμένη ατομική συνάντηση με τον πωλητή</translation>
        </message>
        <message>
            <source>Onboarding checklist items past their due date</source>
            <translation>Στοιχεία της λίστας ένταξης μετά την προθεσμία τους</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Προσθήκη: {name}</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Επωνυμία εταιρείας</translation>
        </message>
        <message>
            <source>Currency *</source>
            <translation>Νόμισμα *</translation>
        </message>
        <message>
            <source>the currency totals are shown in: USD, PHP…</source>
            <translation>το νόμισμα των συνόλων: EUR, USD…</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Το οικον. έτος αρχίζει τον</translation>
        </message>
        <message>
            <source>Week starts on</source>
            <translation>Η εβδομάδα αρχίζει</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Εργάσιμες ημέρες</translation>
        </message>
        <message>
            <source>e.g. Asia/Manila</source>
            <translation>π.χ. Europe/Athens</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Ρυθμίσεις εταιρείας</translation>
        </message>
        <message>
            <source>Totals in several currencies are converted to the company currency with the exchange rates (Company ▸ Exchange rates).</source>
            <translation>Τα σύνολα σε πολλά νομίσματα μετατρέπονται στο νόμισμα της εταιρείας με τις ισοτιμίες (Εταιρεία ▸ Ισοτιμίες).</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Ισοτιμίες</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>ισοτιμία</translation>
        </message>
        <message>
            <source>One unit is worth</source>
            <translation>Μία μονάδα αξίζει</translation>
        </message>
        <message>
            <source>{rate} in the company currency</source>
            <translation>{rate} στο νόμισμα της εταιρείας</translation>
        </message>
        <message>
            <source>EUR, PHP, IDR…</source>
            <translation>EUR, USD, GBP…</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>Από *</translation>
        </message>
        <message>
            <source>Rate *</source>
            <translation>Ισοτιμία *</translation>
        </message>
        <message>
            <source>units of the company currency for one unit</source>
            <translation>μονάδες νομίσματος εταιρείας ανά μονάδα</translation>
        </message>
        <message>
            <source>{currency} from {day}</source>
            <translation>{currency} από {day}</translation>
        </message>
        <message>
            <source>rates</source>
            <translation>ισοτιμίες</translation>
        </message>
        <message>
            <source>What one unit of each currency is worth in the company currency, from a day on.</source>
            <translation>Πόσο αξίζει μία μονάδα κάθε νομίσματος στο νόμισμα της εταιρείας, από μια ημέρα και μετά.</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Χρήστες και ρόλοι</translation>
        </message>
        <message>
            <source>user</source>
            <translation>χρήστης</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Σύνδεση</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>απενεργοποιημένος</translation>
        </message>
        <message>
            <source>Login *</source>
            <translation>Όνομα σύνδεσης *</translation>
        </message>
        <message>
            <source>their database login on a server</source>
            <translation>η σύνδεσή του στη βάση σε διακομιστή</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Κωδικός</translation>
        </message>
        <message>
            <source>a new server login only; leave empty to set it later</source>
            <translation>μόνο για νέα σύνδεση διακομιστή· αφήστε κενό για αργότερα</translation>
        </message>
        <message>
            <source>— all teams —</source>
            <translation>— όλες οι ομάδες —</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Απενεργοποίηση</translation>
        </message>
        <message>
            <source>users</source>
            <translation>χρήστες</translation>
        </message>
        <message>
            <source>Who may sign in, and as what: admins set up everything, sales managers run one team, HR sees pay, trainers see quality and training. On a PostgreSQL server this creates the person's own login, as `repdesk db grant` does.</source>
            <translation>Ποιος μπορεί να συνδεθεί και με ποιον ρόλο: οι διαχειριστές ρυθμίζουν τα πάντα, οι διευθυντές πωλήσεων διοικούν μία ομάδα, το HR βλέπει αμοιβές, οι εκπαιδευτές βλέπουν ποιότητα και εκπαίδευση. Σε διακομιστή PostgreSQL δημιουργεί τη δική του σύνδεση για το άτομο, όπως το `repdesk db grant`.</translation>
        </message>
        <message>
            <source>Members — {team}</source>
            <translation>Μέλη — {team}</translation>
        </message>
        <message>
            <source>Add to team</source>
            <translation>Προσθήκη στην ομάδα</translation>
        </message>
        <message>
            <source>Take out of team</source>
            <translation>Αφαίρεση από την ομάδα</translation>
        </message>
        <message>
            <source>&lt;b&gt;{team}&lt;/b&gt; — its current reps</source>
            <translation>&lt;b&gt;{team}&lt;/b&gt; — οι τρέχοντες πωλητές της</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Μέλη</translation>
        </message>
        <message>
            <source>— every team (or by country) —</source>
            <translation>— όλες οι ομάδες (ή ανά χώρα) —</translation>
        </message>
        <message>
            <source>teams in {country}</source>
            <translation>ομάδες σε {country}</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>όλοι</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Επίσημες αργίες</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>αργία</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Ημέρα</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Αργία</translation>
        </message>
        <message>
            <source>Day *</source>
            <translation>Ημέρα *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Όνομα *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Χώρα</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: for the teams there</source>
            <translation>δύο γράμματα, π.χ. GR: για τις ομάδες εκεί</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>Μόνο για</translation>
        </message>
        <message>
            <source>holidays</source>
            <translation>αργίες</translation>
        </message>
        <message>
            <source>Days nobody is expected to work: goals, run rates and the no-numbers alert skip them. For everyone, for the teams of one country, or for one team.</source>
            <translation>Ημέρες χωρίς εργασία: οι στόχοι, οι ρυθμοί και η ειδοποίηση ελλειπόντων αριθμών τις παραλείπουν. Για όλους, για τις ομάδες μιας χώρας ή για μία ομάδα.</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Τίτλος *</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Διοχέτευση</translation>
        </message>
        <message>
            <source>Stage *</source>
            <translation>Στάδιο *</translation>
        </message>
        <message>
            <source>e.g. 25000</source>
            <translation>π.χ. 25000</translation>
        </message>
        <message>
            <source>USD, PHP, IDR, EUR…</source>
            <translation>EUR, USD, GBP…</translation>
        </message>
        <message>
            <source>— pick a rep —</source>
            <translation>— επιλέξτε πωλητή —</translation>
        </message>
        <message>
            <source>deal</source>
            <translation>συμφωνία</translation>
        </message>
        <message>
            <source>deals</source>
            <translation>συμφωνίες</translation>
        </message>
        <message>
            <source>Search deal titles and accounts…</source>
            <translation>Αναζήτηση τίτλων συμφωνιών και λογαριασμών…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Διαχωρισμός…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Μεταβίβαση…</translation>
        </message>
        <message>
            <source>Give this rep's open deals (or the selected one) to another rep</source>
            <translation>Μεταβίβαση των ανοιχτών συμφωνιών του πωλητή (ή της επιλεγμένης) σε άλλον πωλητή</translation>
        </message>
        <message>
            <source>Deals of</source>
            <translation>Συμφωνίες του</translation>
        </message>
        <message>
            <source>Every rep (newest first)</source>
            <translation>Όλοι οι πωλητές (νεότερες πρώτα)</translation>
        </message>
        <message>
            <source>newest &lt;b&gt;{count}&lt;/b&gt; shown</source>
            <translation>εμφανίζονται οι &lt;b&gt;{count}&lt;/b&gt; νεότερες</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Νέα συμφωνία</translation>
        </message>
        <message>
            <source>Edit deal — {title}</source>
            <translation>Επεξεργασία συμφωνίας — {title}</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Διαγραφή συμφωνίας</translation>
        </message>
        <message>
            <source>Delete the deal “{title}” with its notes and stage history?

Undo (Ctrl+Z) or an admin's restore in its history brings it back.</source>
            <translation>Διαγραφή της συμφωνίας «{title}» μαζί με τις σημειώσεις και το ιστορικό σταδίων της;

Η αναίρεση (Ctrl+Z) ή η επαναφορά από διαχειριστή στο ιστορικό της την επαναφέρει.</translation>
        </message>
        <message>
            <source>Split deal</source>
            <translation>Διαχωρισμός συμφωνίας</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>Το «{text}» δεν είναι αριθμός.</translation>
        </message>
        <message>
            <source>{handed_over} {skipped}</source>
            <translation>{handed_over} {skipped}</translation>
        </message>
        <message>
            <source>Hand over deals</source>
            <translation>Μεταβίβαση συμφωνιών</translation>
        </message>
        <message>
            <source>Split — {title}</source>
            <translation>Διαχωρισμός — {title}</translation>
        </message>
        <message>
            <source>less than {amount}</source>
            <translation>λιγότερο από {amount}</translation>
        </message>
        <message>
            <source>{title} (split)</source>
            <translation>{title} (διαχωρισμός)</translation>
        </message>
        <message>
            <source>Split part of this deal off into a new deal in the same stage.</source>
            <translation>Διαχωρισμός μέρους της συμφωνίας σε νέα συμφωνία στο ίδιο στάδιο.</translation>
        </message>
        <message>
            <source>Amount to split off</source>
            <translation>Ποσό προς διαχωρισμό</translation>
        </message>
        <message>
            <source>New deal's title</source>
            <translation>Τίτλος νέας συμφωνίας</translation>
        </message>
        <message>
            <source>New deal's rep</source>
            <translation>Πωλητής νέας συμφωνίας</translation>
        </message>
        <message>
            <source>rep {number}</source>
            <translation>πωλητής {number}</translation>
        </message>
        <message>
            <source>Hand over {name}'s deals</source>
            <translation>Μεταβίβαση συμφωνιών: {name}</translation>
        </message>
        <message>
            <source>only “{title}”</source>
            <translation>μόνο η «{title}»</translation>
        </message>
        <message>
            <source>Every open deal of {name} goes to the rep you pick, in one change; a deal someone changes meanwhile is left as it is and reported.</source>
            <translation>Κάθε ανοιχτή συμφωνία του/της {name} πηγαίνει στον πωλητή που επιλέγετε, με μία αλλαγή· μια συμφωνία που αλλάζει κάποιος στο μεταξύ μένει ως έχει και αναφέρεται.</translation>
        </message>
        <message>
            <source>Give them to</source>
            <translation>Μεταβίβαση σε</translation>
        </message>
        <message>
            <source>Not saved: {reason} Your edits are kept.</source>
            <translation>Δεν αποθηκεύτηκε: {reason} Οι αλλαγές σας διατηρούνται.</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Δευ</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Τρι</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Τετ</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Πεμ</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Παρ</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Σαβ</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Κυρ</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translation>Το «{text}» δεν είναι ακέραιος.</translation>
        </message>
        <message>
            <source>Set up the company</source>
            <translation>Ρύθμιση εταιρείας</translation>
        </message>
        <message>
            <source>{number}. {step}</source>
            <translation>{number}. {step}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Πίσω</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Επόμενο</translation>
        </message>
        <message>
            <source>Each step can be skipped and done later from the Company menu.</source>
            <translation>Κάθε βήμα μπορεί να παραλειφθεί και να γίνει αργότερα από το μενού Εταιρεία.</translation>
        </message>
        <message>
            <source>Import deals from a file…</source>
            <translation>Εισαγωγή συμφωνιών από αρχείο…</translation>
        </message>
        <message>
            <source>Import reps from a file…</source>
            <translation>Εισαγωγή πωλητών από αρχείο…</translation>
        </message>
        <message>
            <source>Add a rep…</source>
            <translation>Προσθήκη πωλητή…</translation>
        </message>
        <message>
            <source>Open the roster</source>
            <translation>Άνοιγμα μητρώου</translation>
        </message>
        <message>
            <source>Open the deal board</source>
            <translation>Άνοιγμα πίνακα συμφωνιών</translation>
        </message>
        <message>
            <source>Quotas, key numbers and goals, scorecards and reviews are set up on their own pages.</source>
            <translation>Οι στόχοι πωλήσεων, οι βασικοί δείκτες και στόχοι, οι φόρμες βαθμολόγησης και οι αξιολογήσεις ρυθμίζονται στις δικές τους σελίδες.</translation>
        </message>
        <message>
            <source>archived {day}</source>
            <translation>αρχειοθετήθηκε {day}</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>σε χρήση</translation>
        </message>
        <message>
            <source>— the company default —</source>
            <translation>— προεπιλογή εταιρείας —</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Συνεργάτες</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>συνεργάτης</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Επαφή</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Σύμβαση</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Αμοιβή</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Προειδοπ.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Contract from</source>
            <translation>Σύμβαση από</translation>
        </message>
        <message>
            <source>Contract until</source>
            <translation>Σύμβαση έως</translation>
        </message>
        <message>
            <source>Fee amount</source>
            <translation>Ποσό αμοιβής</translation>
        </message>
        <message>
            <source>e.g. 1200, or 12.5 for a percent</source>
            <translation>π.χ. 1200, ή 12.5 για ποσοστό</translation>
        </message>
        <message>
            <source>Fee currency</source>
            <translation>Νόμισμα αμοιβής</translation>
        </message>
        <message>
            <source>PHP, IDR, EUR…</source>
            <translation>EUR, USD, GBP…</translation>
        </message>
        <message>
            <source>Notice (days)</source>
            <translation>Προειδοποίηση (ημέρες)</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Όροι</translation>
        </message>
        <message>
            <source>agencies</source>
            <translation>συνεργάτες</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps: their contact, contract and fee.</source>
            <translation>Εξωτερικοί συνεργάτες (outsourcing) που παρέχουν πωλητές: επαφή, σύμβαση και αμοιβή.</translation>
        </message>
        <message>
            <source>{percent} of sales</source>
            <translation>{percent} των πωλήσεων</translation>
        </message>
        <message>
            <source>{amount} {fee_model}</source>
            <translation>{amount} {fee_model}</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Λογαριασμοί</translation>
        </message>
        <message>
            <source>account</source>
            <translation>λογαριασμός</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Κάτοχος</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Τμήμα</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Πελάτης</translation>
        </message>
        <message>
            <source>client</source>
            <translation>πελάτης</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>δυνητικός</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Τζίρος</translation>
        </message>
        <message>
            <source>SMB, Mid-market, Enterprise…</source>
            <translation>ΜμΕ, Μεσαίες, Μεγάλες…</translation>
        </message>
        <message>
            <source>a client already (not a potential one)</source>
            <translation>ήδη πελάτης (όχι δυνητικός)</translation>
        </message>
        <message>
            <source>Annual turnover</source>
            <translation>Ετήσιος τζίρος</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>λογαριασμοί</translation>
        </message>
        <message>
            <source>Client companies and potential clients, with the rep who owns each.</source>
            <translation>Εταιρείες-πελάτες και δυνητικοί πελάτες, με τον πωλητή που έχει τον καθένα.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Ομάδες</translation>
        </message>
        <message>
            <source>team</source>
            <translation>ομάδα</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Μοντέλο πωλήσεων</translation>
        </message>
        <message>
            <source>off</source>
            <translation>ανενεργό</translation>
        </message>
        <message>
            <source>Probation rule (quarters)</source>
            <translation>Κανόνας δοκιμ. (τρίμηνα)</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: its public holidays</source>
            <translation>δύο γράμματα, π.χ. GR: οι επίσημες αργίες της</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Αρχειοθέτηση</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>Μέλη…</translation>
        </message>
        <message>
            <source>teams</source>
            <translation>ομάδες</translation>
        </message>
        <message>
            <source>Teams, their manager and probation rule (quarters below quota in a row before a rep is flagged; 0 turns it off).</source>
            <translation>Οι ομάδες, ο υπεύθυνός τους και ο κανόνας δοκιμαστικής περιόδου (συνεχόμενα τρίμηνα κάτω από τον στόχο πριν επισημανθεί πωλητής· 0 τον απενεργοποιεί).</translation>
        </message>
        <message>
            <source>territory</source>
            <translation>περιοχή</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>Δυναμική αγοράς</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Ανήκει σε</translation>
        </message>
        <message>
            <source>— top of the tree —</source>
            <translation>— κορυφή του δέντρου —</translation>
        </message>
        <message>
            <source>territories</source>
            <translation>περιοχές</translation>
        </message>
        <message>
            <source>The territory tree: regions, areas and named-account lists, any depth.</source>
            <translation>Το δέντρο περιοχών: περιφέρειες, ζώνες και λίστες επώνυμων λογαριασμών, σε οποιοδήποτε βάθος.</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Εταιρεία</translation>
        </message>
        <message>
            <source>Set the company up &amp;step by step…</source>
            <translation>Ρύθμιση εταιρείας &amp;βήμα προς βήμα…</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Εταιρεία</translation>
        </message>
        <message>
            <source>Team's own</source>
            <translation>Της ομάδας</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Προεπιλογή</translation>
        </message>
        <message>
            <source>the company's default pipeline</source>
            <translation>η προεπιλεγμένη διοχέτευση της εταιρείας</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Προσθήκη σταδίου</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Πάνω</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Κάτω</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Στάδια</translation>
        </message>
        <message>
            <source>The win probability of “{stage}” is not a number.</source>
            <translation>Η πιθανότητα επιτυχίας του «{stage}» δεν είναι αριθμός.</translation>
        </message>
        <message>
            <source>“{stage}” is stuck after a whole number of days, or blank.</source>
            <translation>Το «{stage}» θεωρείται κολλημένο μετά από ακέραιο αριθμό ημερών, ή κενό.</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Διοχετεύσεις</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>διοχέτευση</translation>
        </message>
        <message>
            <source>default</source>
            <translation>προεπιλογή</translation>
        </message>
        <message>
            <source>— every team —</source>
            <translation>— όλες οι ομάδες —</translation>
        </message>
        <message>
            <source>pipelines</source>
            <translation>διοχετεύσεις</translation>
        </message>
        <message>
            <source>The stages a deal goes through, in order. A pipeline needs one Won and one Lost stage; a team may have its own.</source>
            <translation>Τα στάδια από τα οποία περνά μια συμφωνία, με τη σειρά. Μια διοχέτευση χρειάζεται ένα στάδιο Κερδισμένη και ένα Χαμένη· μια ομάδα μπορεί να έχει δική της.</translation>
        </message>
        <message>
            <source>This {thing} no longer exists: someone deleted it.</source>
            <translation>Αυτό ({thing}) δεν υπάρχει πια: κάποιος το διέγραψε.</translation>
        </message>
        <message>
            <source>Company — {editor}</source>
            <translation>Εταιρεία — {editor}</translation>
        </message>
        <message>
            <source>New {thing}…</source>
            <translation>Νέο: {thing}…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Ιστορικό…</translation>
        </message>
        <message>
            <source>Every change of the selected record (Ctrl+H)</source>
            <translation>Κάθε αλλαγή της επιλεγμένης εγγραφής (Ctrl+H)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; {things}</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; {things}</translation>
        </message>
        <message>
            <source>New {thing}</source>
            <translation>Νέο: {thing}</translation>
        </message>
        <message>
            <source>Edit {thing} — {name}</source>
            <translation>Επεξεργασία: {thing} — {name}</translation>
        </message>
        <message>
            <source>{action} {thing}</source>
            <translation>{action}: {thing}</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”?

The change is recorded in the history; Undo (Ctrl+Z) brings it back.</source>
            <translation>{action}: {thing} «{name}»;

Η αλλαγή καταγράφεται στο ιστορικό· η Αναίρεση (Ctrl+Z) την επαναφέρει.</translation>
        </message>
        <message>
            <source>Add {thing} “{name}”</source>
            <translation>Προσθήκη: {thing} «{name}»</translation>
        </message>
        <message>
            <source>Edit {thing} “{name}”</source>
            <translation>Επεξεργασία: {thing} «{name}»</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”</source>
            <translation>{action}: {thing} «{name}»</translation>
        </message>
        <message>
            <source>{amount} M</source>
            <comment>millions</comment>
            <translation>{amount} εκ.</translation>
        </message>
        <message>
            <source>{amount} k</source>
            <comment>thousands</comment>
            <translation>{amount} χιλ.</translation>
        </message>
        <message>
            <source>Reassign rep…</source>
            <translation>Ανάθεση πωλητή…</translation>
        </message>
        <message>
            <source>Drag a rep onto a territory to reassign them.</source>
            <translation>Σύρετε έναν πωλητή σε περιοχή για να τον μετακινήσετε.</translation>
        </message>
        <message>
            <source>Effective</source>
            <comment>date a reassignment takes effect</comment>
            <translation>Ισχύει από</translation>
        </message>
        <message>
            <source>Select a territory or a rep to see who covered what.</source>
            <translation>Επιλέξτε περιοχή ή πωλητή για να δείτε ποιος κάλυψε τι.</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Οποτεδήποτε</translation>
        </message>
        <message>
            <source>Covered in {quarter}</source>
            <translation>Κάλυψη στο {quarter}</translation>
        </message>
        <message>
            <source>From</source>
            <comment>date range</comment>
            <translation>Από</translation>
        </message>
        <message>
            <source>To</source>
            <comment>date range</comment>
            <translation>Έως</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Δυναμική</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Πωλητές</translation>
        </message>
        <message>
            <source>Potential per rep</source>
            <translation>Δυναμ./πωλητή</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>Στόχοι</translation>
        </message>
        <message>
            <source>Coverage and workload</source>
            <translation>Κάλυψη και φόρτος</translation>
        </message>
        <message>
            <source>Could not reload: {problem}</source>
            <translation>Η επαναφόρτωση απέτυχε: {problem}</translation>
        </message>
        <message>
            <source>{amount} unallocated</source>
            <translation>{amount} μη κατανεμημένα</translation>
        </message>
        <message>
            <source>{amount} over</source>
            <comment>allocated beyond the quota</comment>
            <translation>{amount} πάνω</translation>
        </message>
        <message>
            <source>no rep</source>
            <translation>χωρίς πωλητή</translation>
        </message>
        <message>
            <source>Market potential per primary rep, millions (red: no rep)</source>
            <translation>Δυναμική αγοράς ανά κύριο πωλητή, εκατ. (κόκκινο: χωρίς πωλητή)</translation>
        </message>
        <message>
            <source>the territory</source>
            <translation>την περιοχή</translation>
        </message>
        <message>
            <source>Quota of {place}, {period}</source>
            <translation>Στόχος για {place}, {period}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: who covered it</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: ποιος την κάλυψε</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: territories covered</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: περιοχές που κάλυψε</translation>
        </message>
        <message>
            <source>rep {id}</source>
            <translation>πωλητής {id}</translation>
        </message>
        <message>
            <source>{title} in {quarter}</source>
            <translation>{title} στο {quarter}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>τώρα</translation>
        </message>
        <message>
            <source>Move {rep} from {source} to {target}, effective {date}?

The current assignment ends the day before; the history keeps both.</source>
            <translation>Μετακίνηση του/της {rep} από {source} σε {target}, από {date};

Η τρέχουσα ανάθεση λήγει την προηγούμενη ημέρα· το ιστορικό κρατά και τις δύο.</translation>
        </message>
        <message>
            <source>this rep</source>
            <translation>αυτός ο πωλητής</translation>
        </message>
        <message>
            <source>Reassign rep</source>
            <translation>Ανακατανομή πωλητή</translation>
        </message>
        <message>
            <source>Not reassigned</source>
            <translation>Δεν μετακινήθηκε</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Ανακατανομή</translation>
        </message>
        <message>
            <source>Move {rep} to:</source>
            <translation>Μετακίνηση {rep} σε:</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Επαναφορά προβολής</translation>
        </message>
        <message>
            <source>Show the whole period again after dragging the chart</source>
            <translation>Εμφάνιση ολόκληρης της περιόδου μετά τη μετακίνηση του γραφήματος</translation>
        </message>
        <message>
            <source>Hover over the chart for exact values.</source>
            <translation>Περάστε τον δείκτη πάνω από το γράφημα για ακριβείς τιμές.</translation>
        </message>
        <message>
            <source>{series}: {value}</source>
            <translation>{series}: {value}</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>χωρίς δεδομένα</translation>
        </message>
        <message>
            <source>goal: {value}</source>
            <translation>στόχος: {value}</translation>
        </message>
        <message>
            <source>{name}: {share} of goal</source>
            <translation>{name}: {share} του στόχου</translation>
        </message>
        <message>
            <source>% of goal</source>
            <translation>% στόχου</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Άλλαξε από άλλον</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Πεδίο</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Η αλλαγή σας</translation>
        </message>
        <message>
            <source>Saved now</source>
            <translation>Αποθηκευμένο τώρα</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Αλλαγή από</translation>
        </message>
        <message>
            <source>Highlighted: a field you and the other person both changed.</source>
            <translation>Με επισήμανση: πεδίο που αλλάξατε και εσείς και ο άλλος.</translation>
        </message>
        <message>
            <source>Drop your change and show the saved values</source>
            <translation>Απόρριψη της αλλαγής σας και εμφάνιση των αποθηκευμένων τιμών</translation>
        </message>
        <message>
            <source>Re-apply my change</source>
            <translation>Εκ νέου εφαρμογή της αλλαγής μου</translation>
        </message>
        <message>
            <source>Save your values on top of the saved record</source>
            <translation>Αποθήκευση των τιμών σας πάνω στην αποθηκευμένη εγγραφή</translation>
        </message>
        <message>
            <source>Keep editing; nothing is saved</source>
            <translation>Συνέχεια επεξεργασίας· δεν αποθηκεύεται τίποτα</translation>
        </message>
        <message>
            <source>'{text}' is not a count</source>
            <translation>Το «{text}» δεν είναι πλήθος</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>Το «{text}» δεν είναι ακέραιος</translation>
        </message>
        <message>
            <source>{value} is outside 0–{most}</source>
            <translation>Το {value} είναι εκτός 0–{most}</translation>
        </message>
        <message>
            <source>goal {goal}</source>
            <translation>στόχος {goal}</translation>
        </message>
        <message>
            <source>was empty</source>
            <translation>ήταν κενό</translation>
        </message>
        <message>
            <source>was {value}</source>
            <translation>ήταν {value}</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Επεξεργασία</translation>
        </message>
        <message>
            <source>Paste refused, row {row} column {column}: {problem}</source>
            <translation>Η επικόλληση απορρίφθηκε, γραμμή {row} στήλη {column}: {problem}</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Επικόλληση</translation>
        </message>
        <message>
            <source>no</source>
            <translation>όχι</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Όλοι</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Καθαρισμός φίλτρων</translation>
        </message>
        <message>
            <source>By</source>
            <comment>changed by</comment>
            <translation>Από</translation>
        </message>
        <message>
            <source>to</source>
            <comment>date range</comment>
            <translation>έως</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Πριν</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Μετά</translation>
        </message>
        <message>
            <source>Restore these values</source>
            <translation>Επαναφορά αυτών των τιμών</translation>
        </message>
        <message>
            <source>Put the 'Before' values of the selected change back (recorded as a new change)</source>
            <translation>Επαναφορά των τιμών «Πριν» της επιλεγμένης αλλαγής (καταγράφεται ως νέα αλλαγή)</translation>
        </message>
        <message>
            <source>No changes recorded for this record yet.</source>
            <translation>Δεν έχουν καταγραφεί αλλαγές για αυτή την εγγραφή ακόμη.</translation>
        </message>
        <message>
            <source>{action} — audit entry {id}</source>
            <translation>{action} — εγγραφή ιστορικού {id}</translation>
        </message>
        <message>
            <source>Restore the deleted record</source>
            <translation>Επαναφορά της διαγραμμένης εγγραφής</translation>
        </message>
        <message>
            <source>{days} days in this stage — stuck</source>
            <translation>{days} ημέρες σε αυτό το στάδιο — κολλημένη</translation>
        </message>
        <message>
            <source>{days} days in this stage</source>
            <translation>{days} ημέρες σε αυτό το στάδιο</translation>
        </message>
        <message>
            <source>Expected to close {date}, {days} days ago</source>
            <translation>Αναμενόταν να κλείσει {date}, πριν από {days} ημέρες</translation>
        </message>
        <message>
            <source>{n} stuck</source>
            <translation>{n} κολλ.</translation>
        </message>
        <message>
            <source>{n} without a rate</source>
            <translation>{n} χωρίς ισοτιμία</translation>
        </message>
        <message>
            <source>weighted {amount}</source>
            <translation>σταθμισμένο {amount}</translation>
        </message>
        <message>
            <source>; stuck after {days} days</source>
            <translation>· κολλημένη μετά από {days} ημέρες</translation>
        </message>
        <message>
            <source>. Left out of the total: {what}</source>
            <translation>. Εκτός συνόλου: {what}</translation>
        </message>
        <message>
            <source>{deals}, total {currency} {total}{basis}, weighted by {probability} = {weighted}</source>
            <translation>{deals}, σύνολο {currency} {total}{basis}, σταθμισμένο με {probability} = {weighted}</translation>
        </message>
        <message>
            <source>Open details</source>
            <translation>Λεπτομέρειες</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Επανάνοιγμα…</translation>
        </message>
        <message>
            <source>{days} d late</source>
            <translation>+{days} ημ.</translation>
        </message>
        <message>
            <source>stuck {days} d</source>
            <translation>κολλ. {days} ημ.</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} ημ.</translation>
        </message>
        <message>
            <source>Score %</source>
            <translation>Βαθμός %</translation>
        </message>
        <message>
            <source>'{part}' needs points: write Label=points</source>
            <translation>Το «{part}» χρειάζεται βαθμούς: γράψτε Ετικέτα=βαθμοί</translation>
        </message>
        <message>
            <source>'{points}' is not a number of points</source>
            <translation>Το «{points}» δεν είναι αριθμός βαθμών</translation>
        </message>
        <message>
            <source>{what}: '{text}' is not a number</source>
            <translation>{what}: το «{text}» δεν είναι αριθμός</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>Νέα ενότητα</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Νέα ερώτηση</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Πάνω</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Κάτω</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Νέα ενότητα</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Νέα ερώτηση</translation>
        </message>
        <message>
            <source>{section}, question {number}</source>
            <translation>{section}, ερώτηση {number}</translation>
        </message>
        <message>
            <source>{where}: the scale top '{text}' is not a whole number</source>
            <translation>{where}: το ανώτατο της κλίμακας «{text}» δεν είναι ακέραιος</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{where} weight</source>
            <translation>{where} βάρος</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>κρίσιμη</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Σχόλιο (προαιρετικό)</translation>
        </message>
        <message>
            <source>Y  Yes</source>
            <translation>Y  Ναι</translation>
        </message>
        <message>
            <source>N  No</source>
            <translation>N  Όχι</translation>
        </message>
        <message>
            <source>A  N/A</source>
            <translation>A  Δ/Ε</translation>
        </message>
        <message>
            <source>Keys: &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; yes–no · a &lt;b&gt;digit&lt;/b&gt; for points or the option number · &lt;b&gt;A&lt;/b&gt; N/A · &lt;b&gt;Backspace&lt;/b&gt; clears · answering moves to the next question</source>
            <translation>Πλήκτρα: &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; ναι–όχι · ένα &lt;b&gt;ψηφίο&lt;/b&gt; για βαθμούς ή αριθμό επιλογής · &lt;b&gt;A&lt;/b&gt; Δ/Ε · &lt;b&gt;Backspace&lt;/b&gt; καθαρίζει · η απάντηση πάει στην επόμενη ερώτηση</translation>
        </message>
        <message>
            <source>weight {weight}</source>
            <translation>βάρος {weight}</translation>
        </message>
        <message>
            <source>Choose a scorecard.</source>
            <translation>Επιλέξτε φόρμα βαθμολόγησης.</translation>
        </message>
        <message>
            <source>critical question failed</source>
            <translation>αποτυχία σε κρίσιμη ερώτηση</translation>
        </message>
        <message>
            <source>{n} unanswered</source>
            <translation>{n} αναπάντητες</translation>
        </message>
        <message>
            <source>Territory / rep</source>
            <translation>Περιοχή / πωλητής</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Κατανομή</translation>
        </message>
        <message>
            <source>{name}  (overlay)</source>
            <translation>{name}  (επικάλυψη)</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>από {date}</translation>
        </message>
        <message>
            <source>Drag onto another territory to reassign</source>
            <translation>Σύρετε σε άλλη περιοχή για μετακίνηση</translation>
        </message>
        <message>
            <source>Costs…</source>
            <translation>Κόστη…</translation>
        </message>
        <message>
            <source>Tools, travel and other costs of the sales system, entered per month</source>
            <translation>Εργαλεία, μετακινήσεις και λοιπά κόστη του συστήματος πωλήσεων, ανά μήνα</translation>
        </message>
        <message>
            <source>Costs of the sales system — {period}</source>
            <translation>Κόστη του συστήματος πωλήσεων — {period}</translation>
        </message>
        <message>
            <source>Costs of the sales system</source>
            <translation>Κόστη του συστήματος πωλήσεων</translation>
        </message>
        <message>
            <source>Tools and travel per month, for a team or the whole company. The cost of the sales system adds them to base pay, commission and agency fees.</source>
            <translation>Εργαλεία και μετακινήσεις ανά μήνα, για μια ομάδα ή όλη την εταιρεία. Το κόστος του συστήματος πωλήσεων τα προσθέτει σε βασικές αποδοχές, προμήθειες και αμοιβές συνεργατών.</translation>
        </message>
        <message>
            <source>What it was, such as CRM seats</source>
            <translation>Τι ήταν, π.χ. άδειες CRM</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Μήνας</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>&amp;Ομάδα</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Είδος</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Ποσό</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Σημείωση</translation>
        </message>
        <message>
            <source>A&amp;dd cost</source>
            <translation>Προσθήκη &amp;κόστους</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>&amp;Διαγραφή επιλεγμένου</translation>
        </message>
        <message>
            <source>The whole company</source>
            <translation>Όλη η εταιρεία</translation>
        </message>
        <message>
            <source>No costs entered for this period.</source>
            <translation>Δεν καταχωρίστηκαν κόστη για αυτή την περίοδο.</translation>
        </message>
        <message>
            <source>{n} costs in several currencies</source>
            <translation>{n} κόστη σε διάφορα νομίσματα</translation>
        </message>
        <message>
            <source>{n} costs, {amount} in all</source>
            <translation>{n} κόστη, {amount} συνολικά</translation>
        </message>
        <message>
            <source>Enter the amount.</source>
            <translation>Καταχωρίστε το ποσό.</translation>
        </message>
        <message>
            <source>Select the cost to delete.</source>
            <translation>Επιλέξτε το κόστος για διαγραφή.</translation>
        </message>
        <message>
            <source>Delete cost</source>
            <translation>Διαγραφή κόστους</translation>
        </message>
        <message>
            <source>Delete the {kind} cost of {month}, {amount}?</source>
            <translation>Διαγραφή του κόστους «{kind}» του {month}, {amount};</translation>
        </message>
        <message>
            <source>Agencies and in-house teams are compared across the whole company you see.</source>
            <translation>Οι συνεργάτες και οι εσωτερικές ομάδες συγκρίνονται σε όλη την εταιρεία που βλέπετε.</translation>
        </message>
        <message>
            <source>Agencies and in-house teams (amounts in {currency})</source>
            <translation>Συνεργάτες και εσωτερικές ομάδες (ποσά σε {currency})</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota</source>
            <translation>Επίτευξη: κερδισμένα έσοδα έναντι στόχου</translation>
        </message>
        <message>
            <source>Each group's won revenue as a share of its reps' quotas; red below 100%</source>
            <translation>Τα κερδισμένα έσοδα κάθε ομάδας ως ποσοστό των στόχων των πωλητών της· κόκκινο κάτω από 100%</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota (the first {shown} of {count} groups)</source>
            <translation>Επίτευξη: κερδισμένα έσοδα έναντι στόχου (οι πρώτες {shown} από {count} ομάδες)</translation>
        </message>
        <message>
            <source>Hover over a bar for its exact figures.</source>
            <translation>Δείξτε μια μπάρα για ακριβή μεγέθη.</translation>
        </message>
        <message>
            <source>Clients are accounts, not product lines: for a product line the customer base shows every client you see.</source>
            <translation>Οι πελάτες είναι λογαριασμοί, όχι γραμμές προϊόντων: για γραμμή προϊόντων το πελατολόγιο δείχνει κάθε πελάτη που βλέπετε.</translation>
        </message>
        <message>
            <source>Revenue from {start} to {end}. Clients: A {a} · B {b} · C {c}. {active} active, {falling} falling, {dormant} dormant, {potential} potential.</source>
            <translation>Έσοδα από {start} έως {end}. Πελάτες: A {a} · B {b} · C {c}. {active} ενεργοί, {falling} σε πτώση, {dormant} αδρανείς, {potential} δυνητικοί.</translation>
        </message>
        <message>
            <source>Customers (amounts in {currency})</source>
            <translation>Πελάτες (ποσά σε {currency})</translation>
        </message>
        <message>
            <source>Which clients the table lists, or the coverage of each territory's market potential</source>
            <translation>Ποιους πελάτες δείχνει ο πίνακας, ή την κάλυψη της δυναμικής αγοράς κάθε περιοχής</translation>
        </message>
        <message>
            <source>Clients by ABC class</source>
            <translation>Πελάτες ανά κατηγορία ABC</translation>
        </message>
        <message>
            <source>How many clients are A, B or C (and of those, how many X, Y, Z)</source>
            <translation>Πόσοι πελάτες είναι A, B ή C (και από αυτούς πόσοι X, Y, Z)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Εμφάνιση</translation>
        </message>
        <message>
            <source>{xyz} clients</source>
            <translation>Πελάτες {xyz}</translation>
        </message>
        <message>
            <source>Coverage by territory (amounts in {currency})</source>
            <translation>Κάλυψη ανά περιοχή (ποσά σε {currency})</translation>
        </message>
        <message>
            <source>{which} clients (amounts in {currency})</source>
            <translation>Πελάτες: {which} (ποσά σε {currency})</translation>
        </message>
        <message>
            <source>Sales, {start} – {end} (amounts in {currency})</source>
            <translation>Πωλήσεις, {start} – {end} (ποσά σε {currency})</translation>
        </message>
        <message>
            <source>Won revenue by month</source>
            <translation>Κερδισμένα έσοδα ανά μήνα</translation>
        </message>
        <message>
            <source>Won revenue of the slice in each month of the period's year (blue) against the same month a year before</source>
            <translation>Κερδισμένα έσοδα της διάστασης σε κάθε μήνα του έτους της περιόδου (μπλε) έναντι του ίδιου μήνα ένα έτος πριν</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Reconnecting to the database… your edits are kept.</source>
            <translation>Επανασύνδεση με τη βάση δεδομένων… οι αλλαγές σας διατηρούνται.</translation>
        </message>
        <message>
            <source>Not saved: you stopped the save while the database could not be reached. Your edits are kept; press Save to try again.</source>
            <translation>Δεν αποθηκεύτηκε: διακόψατε την αποθήκευση ενώ η βάση δεν ήταν προσβάσιμη. Οι αλλαγές σας διατηρούνται· πατήστε Αποθήκευση για νέα προσπάθεια.</translation>
        </message>
        <message>
            <source>Leads received in the period</source>
            <translation>Leads που ελήφθησαν στην περίοδο</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share called at least once</source>
            <translation>Από τα νέα leads της περιόδου, το ποσοστό που κλήθηκε τουλάχιστον μία φορά</translation>
        </message>
        <message>
            <source>Median hours from a lead's arrival to the first call</source>
            <translation>Διάμεσες ώρες από την άφιξη ενός lead ως την πρώτη κλήση</translation>
        </message>
        <message>
            <source>9 in 10 leads were called within this many hours</source>
            <translation>9 στα 10 leads κλήθηκαν μέσα σε τόσες ώρες</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share lost as a wrong or fake contact</source>
            <translation>Από τα νέα leads της περιόδου, το ποσοστό που χάθηκε ως λάθος ή ψεύτικη επαφή</translation>
        </message>
        <message>
            <source>Proposals sent in the period</source>
            <translation>Προσφορές που στάλθηκαν στην περίοδο</translation>
        </message>
        <message>
            <source>The amount of the proposals sent in the period</source>
            <translation>Το ποσό των προσφορών που στάλθηκαν στην περίοδο</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share that reached a proposal by now</source>
            <translation>Από τα νέα leads της περιόδου, το ποσοστό που έφτασε μέχρι τώρα σε προσφορά</translation>
        </message>
        <message>
            <source>Deals that entered objection handling in the period</source>
            <translation>Συμφωνίες που μπήκαν σε διαχείριση αντιρρήσεων στην περίοδο</translation>
        </message>
        <message>
            <source>Deals lost while in objection handling</source>
            <translation>Συμφωνίες που χάθηκαν στη διαχείριση αντιρρήσεων</translation>
        </message>
        <message>
            <source>Average days deals spent in objection handling</source>
            <translation>Μέσες ημέρες των συμφωνιών στη διαχείριση αντιρρήσεων</translation>
        </message>
        <message>
            <source>Deals won in the period (by close date)</source>
            <translation>Συμφωνίες που κερδήθηκαν στην περίοδο (κατά ημ. κλεισίματος)</translation>
        </message>
        <message>
            <source>The amount of the deals won in the period</source>
            <translation>Το ποσό των συμφωνιών που κερδήθηκαν στην περίοδο</translation>
        </message>
        <message>
            <source>Of the proposals sent in the period, the share won by now</source>
            <translation>Από τις προσφορές της περιόδου, το ποσοστό που κερδήθηκε μέχρι τώρα</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share won by now</source>
            <translation>Από τα νέα leads της περιόδου, το ποσοστό που κερδήθηκε μέχρι τώρα</translation>
        </message>
        <message>
            <source>Deals lost in the period (by close date)</source>
            <translation>Συμφωνίες που χάθηκαν στην περίοδο (κατά ημ. κλεισίματος)</translation>
        </message>
        <message>
            <source>Won ÷ (won + lost) of the deals closed in the period</source>
            <translation>Κερδισμένες ÷ (κερδισμένες + χαμένες) των συμφωνιών που έκλεισαν στην περίοδο</translation>
        </message>
        <message>
            <source>Won amount ÷ deals won (deals without an exchange rate left out)</source>
            <translation>Κερδισμένο ποσό ÷ κερδισμένες συμφωνίες (εκτός όσων δεν έχουν ισοτιμία)</translation>
        </message>
        <message>
            <source>Median days from a lead's arrival to its win, over the period's wins</source>
            <translation>Διάμεσες ημέρες από την άφιξη ενός lead ως την επιτυχία, για τις επιτυχίες της περιόδου</translation>
        </message>
        <message>
            <source>Deals lost in the period that were reopened since</source>
            <translation>Χαμένες συμφωνίες της περιόδου που ανοίχτηκαν ξανά από τότε</translation>
        </message>
        <message>
            <source>Of those reopened, how many were won</source>
            <translation>Από όσες ανοίχτηκαν ξανά, πόσες κερδήθηκαν</translation>
        </message>
        <message>
            <source>Of the deals lost in the period, the share reopened and won since</source>
            <translation>Από τις χαμένες συμφωνίες της περιόδου, το ποσοστό που ανοίχτηκε ξανά και κερδήθηκε</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>Κάθε κλείσιμο</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Εκπρόθεσμες</translation>
        </message>
        <message>
            <source>Next 30 days</source>
            <translation>Επόμενες 30 ημέρες</translation>
        </message>
        <message>
            <source>Next 90 days</source>
            <translation>Επόμενες 90 ημέρες</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Τρέχον τρίμηνο</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Προηγ. τρίμηνο</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Τρέχων μήνας</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Προηγ. μήνας</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Τρέχον έτος</translation>
        </message>
        <message>
            <source>Funnel board</source>
            <translation>Πίνακας χοάνης</translation>
        </message>
        <message>
            <source>Move the selected card to the next / previous stage</source>
            <translation>Μετακίνηση της επιλεγμένης κάρτας στο επόμενο / προηγούμενο στάδιο</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Παράθυρα διαλόγου</translation>
        </message>
        <message>
            <source>Save / close without saving</source>
            <translation>Αποθήκευση / κλείσιμο χωρίς αποθήκευση</translation>
        </message>
        <message>
            <source>Whole company</source>
            <translation>Εταιρεία</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Πωλητής</translation>
        </message>
        <message>
            <source>Works on</source>
            <translation>Εργάζεται σε</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Ζώνη</translation>
        </message>
        <message>
            <source>Median days in funnel</source>
            <translation>Διάμ. ημέρες στη χοάνη</translation>
        </message>
        <message>
            <source>Touches per deal</source>
            <translation>Επαφές/συμφωνία</translation>
        </message>
        <message>
            <source>Many small deals: the rep's median deal is under two thirds of the team's and they have more deals than the team's median rep; a few large deals: over 1.5 times, with fewer deals</source>
            <translation>Πολλές μικρές συμφωνίες: η διάμεση συμφωνία του πωλητή είναι κάτω από τα δύο τρίτα της ομάδας και έχει περισσότερες συμφωνίες από τον διάμεσο πωλητή· λίγες μεγάλες: πάνω από 1,5 φορές, με λιγότερες συμφωνίες</translation>
        </message>
        <message>
            <source>Deal size band: the thirds of the amounts (see the edges below)</source>
            <translation>Ζώνη μεγέθους: τα τρίτα των ποσών (βλ. τα όρια παρακάτω)</translation>
        </message>
        <message>
            <source>Deals closed in the period or still open, in this band</source>
            <translation>Συμφωνίες που έκλεισαν στην περίοδο ή είναι ακόμη ανοιχτές, σε αυτή τη ζώνη</translation>
        </message>
        <message>
            <source>Won amounts in the company currency</source>
            <translation>Κερδισμένα ποσά στο νόμισμα της εταιρείας</translation>
        </message>
        <message>
            <source>Median days from the lead to the close (or to today for open deals)</source>
            <translation>Διάμεσες ημέρες από το lead ως το κλείσιμο (ή ως σήμερα για ανοιχτές)</translation>
        </message>
        <message>
            <source>Stage changes and notes per deal</source>
            <translation>Αλλαγές σταδίου και σημειώσεις ανά συμφωνία</translation>
        </message>
        <message>
            <source>small</source>
            <translation>μικρή</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>μεσαία</translation>
        </message>
        <message>
            <source>large</source>
            <translation>μεγάλη</translation>
        </message>
        <message>
            <source>many small deals</source>
            <translation>πολλές μικρές συμφωνίες</translation>
        </message>
        <message>
            <source>a few large deals</source>
            <translation>λίγες μεγάλες συμφωνίες</translation>
        </message>
        <message>
            <source>like the team</source>
            <translation>όπως η ομάδα</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Όλοι</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Όλοι οι πελάτες</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Αδρανείς</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Δυναμική</translation>
        </message>
        <message>
            <source>Falling</source>
            <translation>Σε πτώση</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ενεργός</translation>
        </message>
        <message>
            <source>Coverage by territory</source>
            <translation>Κάλυψη ανά περιοχή</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>δυνητικός</translation>
        </message>
        <message>
            <source>dormant</source>
            <translation>αδρανής</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>σε πτώση</translation>
        </message>
        <message>
            <source>active</source>
            <translation>ενεργός</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>lead</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Λογαριασμός</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Τμήμα</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Πριν</translation>
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
            <translation>Θέση</translation>
        </message>
        <message>
            <source>Last closed</source>
            <translation>Τελ. κλείσιμο</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Ανοιχτές</translation>
        </message>
        <message>
            <source>The rep who owns the account</source>
            <translation>Ο πωλητής του λογαριασμού</translation>
        </message>
        <message>
            <source>Won revenue in the 12 whole months up to the period's end</source>
            <translation>Κερδισμένα έσοδα στους 12 ολόκληρους μήνες ως το τέλος της περιόδου</translation>
        </message>
        <message>
            <source>Won revenue in the 12 months before those</source>
            <translation>Κερδισμένα έσοδα στους 12 προηγούμενους μήνες</translation>
        </message>
        <message>
            <source>A: the largest clients that make 80% of revenue; B: the next 15%; C: the rest</source>
            <translation>A: οι μεγαλύτεροι πελάτες που κάνουν το 80% των εσόδων· B: το επόμενο 15%· C: οι υπόλοιποι</translation>
        </message>
        <message>
            <source>X: buys nearly every month; Y: at least every other month or with large swings; Z: a few purchases a year</source>
            <translation>X: αγοράζει σχεδόν κάθε μήνα· Y: τουλάχιστον κάθε δεύτερο μήνα ή με μεγάλες διακυμάνσεις· Z: λίγες αγορές τον χρόνο</translation>
        </message>
        <message>
            <source>potential: open deals, never won; dormant: nothing won, lost or open for 6 months; falling: revenue down 20% or more on the year before; active: a client otherwise; lead: neither</source>
            <translation>δυνητικός: ανοιχτές συμφωνίες, καμία κερδισμένη· αδρανής: τίποτα κερδισμένο, χαμένο ή ανοιχτό για 6 μήνες· σε πτώση: έσοδα κάτω 20% ή περισσότερο έναντι του προηγούμενου έτους· ενεργός: κάθε άλλος πελάτης· lead: κανένα από αυτά</translation>
        </message>
        <message>
            <source>The last deal won or lost</source>
            <translation>Η τελευταία συμφωνία που κερδήθηκε ή χάθηκε</translation>
        </message>
        <message>
            <source>Deals still open</source>
            <translation>Συμφωνίες ακόμη ανοιχτές</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>Δυναμική αγοράς</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Κάλυψη</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Πελάτες</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Υποψήφιοι</translation>
        </message>
        <message>
            <source>The territory's market potential as entered in its set-up</source>
            <translation>Η δυναμική αγοράς της περιοχής όπως καταχωρίστηκε στις ρυθμίσεις της</translation>
        </message>
        <message>
            <source>Won revenue of its accounts in the 12 months</source>
            <translation>Κερδισμένα έσοδα των λογαριασμών της στους 12 μήνες</translation>
        </message>
        <message>
            <source>Revenue as a share of the market potential</source>
            <translation>Έσοδα ως ποσοστό της δυναμικής αγοράς</translation>
        </message>
        <message>
            <source>Accounts that have bought (active, falling or dormant)</source>
            <translation>Λογαριασμοί που έχουν αγοράσει (ενεργοί, σε πτώση ή αδρανείς)</translation>
        </message>
        <message>
            <source>Accounts with open deals and nothing won yet</source>
            <translation>Λογαριασμοί με ανοιχτές συμφωνίες χωρίς καμία κερδισμένη</translation>
        </message>
        <message>
            <source>Clients gone quiet</source>
            <translation>Πελάτες που σίγησαν</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Προϊόντα</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Μήνας</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Ομάδα</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Ποσό</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Εργαλεία</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Μετακινήσεις</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Άλλο</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Περιοχή</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Μέγεθος</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Αυτή η περίοδος</translation>
        </message>
        <message>
            <source>Period before</source>
            <translation>Προηγ. περίοδος</translation>
        </message>
        <message>
            <source>A year before</source>
            <translation>Ένα έτος πριν</translation>
        </message>
        <message>
            <source>The period chosen above</source>
            <translation>Η περίοδος που επιλέχθηκε παραπάνω</translation>
        </message>
        <message>
            <source>The period of the same length just before (the quarter before a quarter)</source>
            <translation>Η αμέσως προηγούμενη περίοδος ίδιας διάρκειας (το προηγούμενο τρίμηνο για ένα τρίμηνο)</translation>
        </message>
        <message>
            <source>The same period one year earlier</source>
            <translation>Η ίδια περίοδος ένα έτος νωρίτερα</translation>
        </message>
        <message>
            <source>Won deals closed in the period, in the company currency at each deal's close-date rate</source>
            <translation>Κερδισμένες συμφωνίες που έκλεισαν στην περίοδο, στο νόμισμα της εταιρείας με την ισοτιμία της ημ. κλεισίματος</translation>
        </message>
        <message>
            <source>Sales (won deals)</source>
            <translation>Πωλήσεις (κερδισμένες συμφωνίες)</translation>
        </message>
        <message>
            <source>How many deals were won in the period</source>
            <translation>Πόσες συμφωνίες κερδήθηκαν στην περίοδο</translation>
        </message>
        <message>
            <source>Average check</source>
            <translation>Μέση αξία απόδειξης</translation>
        </message>
        <message>
            <source>Revenue per won deal</source>
            <translation>Έσοδα ανά κερδισμένη συμφωνία</translation>
        </message>
        <message>
            <source>Clients who bought</source>
            <translation>Πελάτες που αγόρασαν</translation>
        </message>
        <message>
            <source>Distinct accounts with a won deal in the period</source>
            <translation>Διακριτοί λογαριασμοί με κερδισμένη συμφωνία στην περίοδο</translation>
        </message>
        <message>
            <source>Average turnover per client</source>
            <translation>Μέσος τζίρος ανά πελάτη</translation>
        </message>
        <message>
            <source>Revenue of deals with an account, per client who bought</source>
            <translation>Έσοδα συμφωνιών με λογαριασμό, ανά πελάτη που αγόρασε</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>Μικτό κέρδος</translation>
        </message>
        <message>
            <source>Revenue minus the cost of the sales whose cost is known</source>
            <translation>Έσοδα μείον το κόστος των πωλήσεων με γνωστό κόστος</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Περιθώριο</translation>
        </message>
        <message>
            <source>Gross profit as a share of the revenue of those same sales</source>
            <translation>Μικτό κέρδος ως ποσοστό των εσόδων των ίδιων πωλήσεων</translation>
        </message>
        <message>
            <source>Growth on the period before</source>
            <translation>Μεταβολή έναντι προηγ. περιόδου</translation>
        </message>
        <message>
            <source>Revenue change against the period before</source>
            <translation>Μεταβολή εσόδων έναντι της προηγούμενης περιόδου</translation>
        </message>
        <message>
            <source>Growth on a year before</source>
            <translation>Μεταβολή έναντι ενός έτους πριν</translation>
        </message>
        <message>
            <source>Revenue change against the same period a year before</source>
            <translation>Μεταβολή εσόδων έναντι της ίδιας περιόδου ένα έτος πριν</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <source>The quotas of the slice's reps for the period (pro-rated to the days of the period), in the company currency</source>
            <translation>Οι στόχοι των πωλητών της διάστασης για την περίοδο (αναλογικά με τις ημέρες της), στο νόμισμα της εταιρείας</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>Εκπλήρωση πλάνου</translation>
        </message>
        <message>
            <source>Revenue as a share of the quota</source>
            <translation>Έσοδα ως ποσοστό του στόχου</translation>
        </message>
        <message>
            <source>Base pay</source>
            <translation>Βασικές αποδοχές</translation>
        </message>
        <message>
            <source>Yearly salaries for the days employed in the period. Pay: shown to HR and admins only</source>
            <translation>Ετήσιοι μισθοί για τις ημέρες απασχόλησης στην περίοδο. Αμοιβές: εμφανίζονται μόνο σε HR και διαχειριστές</translation>
        </message>
        <message>
            <source>Commission and bonuses of the period's commission run. Pay: shown to HR and admins only</source>
            <translation>Προμήθειες και μπόνους του υπολογισμού προμηθειών της περιόδου. Αμοιβές: εμφανίζονται μόνο σε HR και διαχειριστές</translation>
        </message>
        <message>
            <source>Agency fees</source>
            <translation>Αμοιβές συνεργατών</translation>
        </message>
        <message>
            <source>What the outsourcing agencies charge for the slice's agency reps</source>
            <translation>Τι χρεώνουν οι εξωτερικοί συνεργάτες για τους πωλητές τους στη διάσταση</translation>
        </message>
        <message>
            <source>Other costs (tools, travel)</source>
            <translation>Λοιπά κόστη (εργαλεία, μετακινήσεις)</translation>
        </message>
        <message>
            <source>Tools, travel and other costs entered for the period (Costs…), by their days in it</source>
            <translation>Εργαλεία, μετακινήσεις και λοιπά κόστη της περιόδου (Κόστη…), αναλογικά με τις ημέρες τους σε αυτήν</translation>
        </message>
        <message>
            <source>Cost of the sales system</source>
            <translation>Κόστος συστήματος πωλήσεων</translation>
        </message>
        <message>
            <source>Base pay, commission, agency fees and other costs (those shown)</source>
            <translation>Βασικές αποδοχές, προμήθειες, αμοιβές συνεργατών και λοιπά κόστη (όσα εμφανίζονται)</translation>
        </message>
        <message>
            <source>Cost per unit of revenue</source>
            <translation>Κόστος ανά μονάδα εσόδων</translation>
        </message>
        <message>
            <source>Cost of the sales system as a share of revenue: 25% means 25 cents of cost for every 1 of revenue</source>
            <translation>Κόστος του συστήματος πωλήσεων ως ποσοστό των εσόδων: 25% σημαίνει 25 λεπτά κόστους για κάθε 1 εσόδων</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Συμφωνία</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Αξιολόγηση</translation>
        </message>
        <message>
            <source>Territory assignment</source>
            <translation>Ανάθεση περιοχής</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Αμοιβή</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Χρήστης</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Συνεργάτης</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Υπολογιστικά φύλλα (*.csv *.xlsx *.txt);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>Κωδ. CRM</translation>
        </message>
        <message>
            <source>CRM user id</source>
            <translation>Κωδ. χρήστη CRM</translation>
        </message>
        <message>
            <source>Active (CRM flag)</source>
            <translation>Ενεργός (σήμανση CRM)</translation>
        </message>
        <message>
            <source>Prior results verified</source>
            <translation>Προηγ. αποτελέσματα επαληθευμένα</translation>
        </message>
        <message>
            <source>Prior results note</source>
            <translation>Σημείωση προηγ. αποτελεσμάτων</translation>
        </message>
        <message>
            <source>Profile (builder or producer)</source>
            <translation>Προφίλ (builder ή producer)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Πότε</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Τι</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Αρχείο</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Από</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Δημιουργία</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Ενημέρωση</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Αμετάβλητες</translation>
        </message>
        <message>
            <source>Bad</source>
            <translation>Λανθασμένες</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Αναιρέθηκε</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Ομάδα</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Πωλητές</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Αποχ.</translation>
        </message>
        <message>
            <source>Attrition</source>
            <translation>Αποχωρήσεις</translation>
        </message>
        <message>
            <source>Activity per rep-day</source>
            <translation>Δραστ./ημέρα πωλ.</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Κερδισμένες συμφωνίες</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Έσοδα</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Κόστος</translation>
        </message>
        <message>
            <source>Cost per won deal</source>
            <translation>Κόστος/κερδ. συμφωνία</translation>
        </message>
        <message>
            <source>Cost per revenue</source>
            <translation>Κόστος/έσοδα</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Λήξη σύμβασης</translation>
        </message>
        <message>
            <source>An outsourcing agency (its reps in any team) or an in-house team</source>
            <translation>Εξωτερικός συνεργάτης (οι πωλητές του σε οποιαδήποτε ομάδα) ή εσωτερική ομάδα</translation>
        </message>
        <message>
            <source>Reps who worked in the period</source>
            <translation>Πωλητές που εργάστηκαν στην περίοδο</translation>
        </message>
        <message>
            <source>Reps who left in the period</source>
            <translation>Πωλητές που αποχώρησαν στην περίοδο</translation>
        </message>
        <message>
            <source>Reps who left / the reps the group had at the period's start</source>
            <translation>Πωλητές που αποχώρησαν / πωλητές της ομάδας στην αρχή της περιόδου</translation>
        </message>
        <message>
            <source>Won revenue / the quotas of the reps that have one</source>
            <translation>Κερδισμένα έσοδα / οι στόχοι των πωλητών που έχουν</translation>
        </message>
        <message>
            <source>Activity entered per working day the reps were employed</source>
            <translation>Δραστηριότητα ανά εργάσιμη ημέρα απασχόλησης των πωλητών</translation>
        </message>
        <message>
            <source>The mean of the reps' average evaluation scores</source>
            <translation>Ο μέσος όρος των μέσων βαθμών βαθμολόγησης των πωλητών</translation>
        </message>
        <message>
            <source>Deals won in the period</source>
            <translation>Συμφωνίες που κερδήθηκαν στην περίοδο</translation>
        </message>
        <message>
            <source>Won revenue in the company currency</source>
            <translation>Κερδισμένα έσοδα στο νόμισμα της εταιρείας</translation>
        </message>
        <message>
            <source>An agency's fee for the period; an in-house team's base pay and commission (pay: HR and admins only)</source>
            <translation>Η αμοιβή ενός συνεργάτη για την περίοδο· οι βασικές αποδοχές και προμήθειες μιας εσωτερικής ομάδας (αμοιβές: μόνο HR και διαχειριστές)</translation>
        </message>
        <message>
            <source>Cost / won deals</source>
            <translation>Κόστος / κερδισμένες συμφωνίες</translation>
        </message>
        <message>
            <source>Cost as a share of revenue</source>
            <translation>Κόστος ως ποσοστό εσόδων</translation>
        </message>
        <message>
            <source>The agency contract's last day</source>
            <translation>Η τελευταία ημέρα της σύμβασης του συνεργάτη</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>συνεργάτης</translation>
        </message>
        <message>
            <source>in-house</source>
            <translation>εσωτερική</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Συμφ.</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>Βασικοί δείκτες</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Βαθμολ.</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● Ζωντανά</translation>
        </message>
        <message>
            <source>Changes saved on other workstations show here at once.</source>
            <translation>Οι αλλαγές από άλλους υπολογιστές εμφανίζονται εδώ αμέσως.</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Επανασύνδεση…</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Your unsaved edits are kept; Repdesk reconnects by itself.</source>
            <translation>Η σύνδεση με τον διακομιστή της βάσης χάθηκε. Οι μη αποθηκευμένες αλλαγές σας διατηρούνται· το Repdesk επανασυνδέεται αυτόματα.</translation>
        </message>
        <message>
            <source>● Shared file</source>
            <translation>● Κοινόχρηστο αρχείο</translation>
        </message>
        <message>
            <source>Changes saved by other programs on this file show within seconds.</source>
            <translation>Οι αλλαγές άλλων προγραμμάτων σε αυτό το αρχείο εμφανίζονται μέσα σε δευτερόλεπτα.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;A console for the people who run sales teams whose reps are out of sight: field reps, remote reps and reps from outsourcing agencies.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;Κονσόλα για όσους διοικούν ομάδες πωλήσεων με πωλητές εκτός γραφείου: πωλητές πεδίου, εξ αποστάσεως και από εξωτερικούς συνεργάτες.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>διαχειριστής</translation>
        </message>
        <message>
            <source>sales manager</source>
            <translation>διευθυντής πωλήσεων</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>HR</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>εκπαιδευτής</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Τελ. 4 εβδομάδες</translation>
        </message>
        <message>
            <source>Last 13 weeks</source>
            <translation>Τελ. 13 εβδομάδες</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Τελ. 12 μήνες</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Οποτεδήποτε</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ημερομηνία</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Τίτλος</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Ετικέτες</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Αυτή την εβδομάδα</translation>
        </message>
        <message>
            <source>Won so far this quarter (deals by close date)</source>
            <translation>Κερδισμένα μέχρι στιγμής στο τρίμηνο (συμφωνίες κατά ημ. κλεισίματος)</translation>
        </message>
        <message>
            <source>Open deals expected to close by the quarter's end (or with no date), each × its stage's win probability</source>
            <translation>Ανοιχτές συμφωνίες που αναμένεται να κλείσουν ως το τέλος του τριμήνου (ή χωρίς ημερομηνία), η καθεμία × την πιθανότητα επιτυχίας του σταδίου της</translation>
        </message>
        <message>
            <source>What the rep's pace so far would add in the working days left: won ÷ days gone × days left</source>
            <translation>Τι θα πρόσθετε ο ρυθμός του πωλητή στις εργάσιμες που απομένουν: κερδισμένα ÷ ημέρες που πέρασαν × ημέρες που απομένουν</translation>
        </message>
        <message>
            <source>Won + the average of the weighted funnel and the run-rate rest</source>
            <translation>Κερδισμένα + ο μέσος όρος σταθμισμένης χοάνης και ρυθμού υπολοίπου</translation>
        </message>
        <message>
            <source>The rep's quota for the quarter</source>
            <translation>Ο στόχος του πωλητή για το τρίμηνο</translation>
        </message>
        <message>
            <source>Expected ÷ quota</source>
            <translation>Αναμενόμενο ÷ στόχος</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Πλάνο</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Προθεσμία</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Πρόοδος</translation>
        </message>
        <message>
            <source>Eight times in ten the month's wins should land in this range: the model's 10th and 90th percentiles</source>
            <translation>Οκτώ φορές στις δέκα τα κέρδη του μήνα θα πέσουν σε αυτό το εύρος: το 10ο και το 90ό εκατοστημόριο του μοντέλου</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Δευτέρα</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Τρίτη</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Τετάρτη</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Πέμπτη</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Παρασκευή</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Σάββατο</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Κυριακή</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Γιατί</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Σημειώσεις</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Τελ. 3 μήνες</translation>
        </message>
        <message>
            <source>Last 6 months</source>
            <translation>Τελ. 6 μήνες</translation>
        </message>
        <message>
            <source>Last 3 years</source>
            <translation>Τελ. 3 έτη</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Εβδομάδες</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Ημέρες</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Μήνες</translation>
        </message>
        <message>
            <source>{metric} per week</source>
            <translation>{metric} ανά εβδομάδα</translation>
        </message>
        <message>
            <source>{metric} per day</source>
            <translation>{metric} ανά ημέρα</translation>
        </message>
        <message>
            <source>{metric} per month</source>
            <translation>{metric} ανά μήνα</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Μητρώο</translation>
        </message>
        <message>
            <source>Who is on the team</source>
            <translation>Ποιος είναι στην ομάδα</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>Περιοχές</translation>
        </message>
        <message>
            <source>Who covers what: territory tree, assignments, quotas</source>
            <translation>Ποιος καλύπτει τι: δέντρο περιοχών, αναθέσεις, στόχοι</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Χοάνη</translation>
        </message>
        <message>
            <source>Deals through the stages</source>
            <translation>Οι συμφωνίες στα στάδια</translation>
        </message>
        <message>
            <source>Numbers &amp; trends</source>
            <translation>Αριθμοί &amp; τάσεις</translation>
        </message>
        <message>
            <source>Daily key numbers, goals, trends and the attention list</source>
            <translation>Ημερήσιοι βασικοί δείκτες, στόχοι, τάσεις και λίστα προσοχής</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Αξιολογήσεις</translation>
        </message>
        <message>
            <source>Quarterly performance reviews and improvement plans</source>
            <translation>Τριμηνιαίες αξιολογήσεις απόδοσης και πλάνα βελτίωσης</translation>
        </message>
        <message>
            <source>Quality &amp; training</source>
            <translation>Ποιότητα &amp; εκπαίδευση</translation>
        </message>
        <message>
            <source>Mystery shopping, call reviews and training</source>
            <translation>Μυστικός πελάτης, αξιολόγηση κλήσεων και εκπαίδευση</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Ανάλυση</translation>
        </message>
        <message>
            <source>Sales by slice and period, the customer base, agencies against in-house teams, deal sizes</source>
            <translation>Πωλήσεις ανά διάσταση και περίοδο, πελατολόγιο, συνεργάτες έναντι εσωτερικών ομάδων, μεγέθη συμφωνιών</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Πλάνα</translation>
        </message>
        <message>
            <source>The sales plan: targets rolled up, goals and their status, weekly sprints</source>
            <translation>Το πλάνο πωλήσεων: συγκεντρωτικοί στόχοι, επιδιώξεις και η κατάστασή τους, εβδομαδιαία σπριντ</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>Σημειώσεις πεδίου</translation>
        </message>
        <message>
            <source>Market intelligence from the field: competitors, prices, products, customer needs, events; the weekly digest</source>
            <translation>Πληροφορίες αγοράς από το πεδίο: ανταγωνιστές, τιμές, προϊόντα, ανάγκες πελατών, γεγονότα· η εβδομαδιαία σύνοψη</translation>
        </message>
        <message>
            <source>Plan of</source>
            <translation>Πλάνο για</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Στόχος</translation>
        </message>
        <message>
            <source>Own target</source>
            <translation>Δικός στόχος</translation>
        </message>
        <message>
            <source>Sum below</source>
            <translation>Άθροισμα κάτω</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Διαφορά</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Σημείωση</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Κάτοχος</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Μέτρο</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Μέχρι στιγμής</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ρυθμός</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Βήματα</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Κλήσεις</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Συναντήσεις</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Προσφορές</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>Συμφωνίες για προώθηση</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Αναφορά</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>σε τρίμηνα</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>σε μήνες</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>σε εβδομάδες</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Βαθμός</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Φόρμα βαθμολόγησης</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Κανάλι</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Πηγή</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Αξιολογητής</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>Κύμα</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Οποιαδήποτε ημ/νία</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Τελ. 30 ημέρες</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Τελ. 90 ημέρες</translation>
        </message>
        <message>
            <source>Tiers apply to</source>
            <translation>Κλιμάκια σε</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Νόμ.</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Κερδισμένες</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Επίτευξη</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Προμήθεια</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>Μπόνους</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Σύνολο</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Ποιότητα</translation>
        </message>
        <message>
            <source>attainment at least (%)</source>
            <translation>επίτευξη τουλάχιστον (%)</translation>
        </message>
        <message>
            <source>won deals at least</source>
            <translation>κερδισμένες συμφωνίες τουλάχιστον</translation>
        </message>
        <message>
            <source>quality score at least (%)</source>
            <translation>βαθμός ποιότητας τουλάχιστον (%)</translation>
        </message>
        <message>
            <source>Rep trend</source>
            <translation>Τάση πωλητή</translation>
        </message>
        <message>
            <source>League tables</source>
            <translation>Βαθμολογίες</translation>
        </message>
        <message>
            <source>Gaps &amp;&amp; training</source>
            <translation>Κενά &amp;&amp; εκπαίδευση</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Φόρμες βαθμολόγησης</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Προφίλ</translation>
        </message>
        <message>
            <source>Status, onboarding and improvement plan</source>
            <translation>Κατάσταση, ένταξη και πλάνο βελτίωσης</translation>
        </message>
        <message>
            <source>Quota attainment by quarter</source>
            <translation>Επίτευξη στόχου ανά τρίμηνο</translation>
        </message>
        <message>
            <source>Key numbers against goals</source>
            <translation>Βασικοί δείκτες έναντι στόχων</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>Ατομικές συναντήσεις</translation>
        </message>
        <message>
            <source>Quality scores by section (last 12 months)</source>
            <translation>Βαθμοί ποιότητας ανά ενότητα (τελευταίοι 12 μήνες)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Εκπαίδευση</translation>
        </message>
        <message>
            <source>Pay and commission (HR and admins only)</source>
            <translation>Αμοιβή και προμήθεια (μόνο HR και διαχειριστές)</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Πρόσφατες αλλαγές</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Επιτεύχθηκε</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Αποτέλεσμα</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ρόλος</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>Εργασία</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Σχέση εργασίας</translation>
        </message>
        <message>
            <source>Tenure</source>
            <translation>Προϋπηρ.</translation>
        </message>
        <message>
            <source>Quota this qtr</source>
            <translation>Στόχος τριμ.</translation>
        </message>
        <message>
            <source>Next 1:1</source>
            <translation>Επόμ. 1:1</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>Ένταξη</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Πρόσληψη</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Διαχειριστής</translation>
        </message>
        <message>
            <source>Sales manager</source>
            <translation>Διευθυντής πωλήσεων</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Εκπαιδευτής</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Εταιρεία</translation>
        </message>
        <message>
            <source>Name the company, its currency and its working week.</source>
            <translation>Ορίστε την επωνυμία, το νόμισμα και την εργάσιμη εβδομάδα της εταιρείας.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Ομάδες</translation>
        </message>
        <message>
            <source>Add the teams your reps work in — a team has a manager and a probation rule.</source>
            <translation>Προσθέστε τις ομάδες των πωλητών σας — κάθε ομάδα έχει υπεύθυνο και κανόνα δοκιμαστικής περιόδου.</translation>
        </message>
        <message>
            <source>Build the territory tree: regions, then the areas or account lists inside them.</source>
            <translation>Δημιουργήστε το δέντρο περιοχών: περιφέρειες, και μέσα σε αυτές ζώνες ή λίστες λογαριασμών.</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Συνεργάτες</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps, if you work with any.</source>
            <translation>Εξωτερικοί συνεργάτες που παρέχουν πωλητές, αν συνεργάζεστε με κάποιον.</translation>
        </message>
        <message>
            <source>Import your reps from a spreadsheet or a CRM's user export, or add them one by one.</source>
            <translation>Εισαγάγετε τους πωλητές σας από υπολογιστικό φύλλο ή εξαγωγή χρηστών CRM, ή προσθέστε τους έναν-έναν.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Διοχέτευση</translation>
        </message>
        <message>
            <source>The stages your deals go through. A new pipeline starts with five stages to rename; make it the default.</source>
            <translation>Τα στάδια από τα οποία περνούν οι συμφωνίες σας. Μια νέα διοχέτευση ξεκινά με πέντε στάδια προς μετονομασία· ορίστε την ως προεπιλογή.</translation>
        </message>
        <message>
            <source>Import your deals from a CRM export, or add them here.</source>
            <translation>Εισαγάγετε τις συμφωνίες σας από εξαγωγή CRM ή προσθέστε τις εδώ.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>The company is set up. Everything here stays in the Company menu.</source>
            <translation>Η εταιρεία ρυθμίστηκε. Όλα αυτά παραμένουν στο μενού Εταιρεία.</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— κανένα —</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ρυθμίσεις…</translation>
        </message>
        <message>
            <source>&amp;Teams and members…</source>
            <translation>&amp;Ομάδες και μέλη…</translation>
        </message>
        <message>
            <source>Te&amp;rritory tree…</source>
            <translation>Δέντρο &amp;περιοχών…</translation>
        </message>
        <message>
            <source>&amp;Pipelines and stages…</source>
            <translation>&amp;Διοχετεύσεις και στάδια…</translation>
        </message>
        <message>
            <source>&amp;Agencies…</source>
            <translation>Συ&amp;νεργάτες…</translation>
        </message>
        <message>
            <source>A&amp;ccounts…</source>
            <translation>&amp;Λογαριασμοί…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>Συμ&amp;φωνίες…</translation>
        </message>
        <message>
            <source>Public &amp;holidays…</source>
            <translation>Επίσημες α&amp;ργίες…</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>&amp;Ισοτιμίες…</translation>
        </message>
        <message>
            <source>&amp;Users and roles…</source>
            <translation>&amp;Χρήστες και ρόλοι…</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Στάδιο</translation>
        </message>
        <message>
            <source>Win %</source>
            <translation>Επιτ. %</translation>
        </message>
        <message>
            <source>Stuck after (days)</source>
            <translation>Κολλημένη μετά (ημ.)</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>Νέο lead</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Αξιολογημένο</translation>
        </message>
        <message>
            <source>Proposal sent</source>
            <translation>Προσφορά εστάλη</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Χαμένες</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Αλλαγή</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Changed (batch)</source>
            <translation>Αλλαγή (μαζική)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Εισήχθη</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(δεν καταγράφηκε)</translation>
        </message>
        <message>
            <source>Section / question</source>
            <translation>Ενότητα / ερώτηση</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Τύπος</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Βάρος</translation>
        </message>
        <message>
            <source>Scale top / options</source>
            <translation>Άνω όριο / επιλογές</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Κρίσιμη</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>Δ/Ε</translation>
        </message>
        <message>
            <source>Yes / no</source>
            <translation>Ναι / όχι</translation>
        </message>
        <message>
            <source>Scale 0–N</source>
            <translation>Κλίμακα 0–N</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Επιλογή</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Ελεύθερο κείμενο</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Πελάτες</translation>
        </message>
        <message>
            <source>Deal sizes</source>
            <translation>Μεγέθη συμφωνιών</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Πωλήσεις</translation>
        </message>
    </context>
</TS>