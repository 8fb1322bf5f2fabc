<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
    <context>
        <name />
        <message>
            <source>No database open — File ▸ Open</source>
            <translation>Tidak ada basis data terbuka — Berkas ▸ Buka</translation>
        </message>
        <message>
            <source>Open a Repdesk database</source>
            <translation>Buka basis data Repdesk</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Basis data Repdesk (*.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>New company database</source>
            <translation>Basis data perusahaan baru</translation>
        </message>
        <message>
            <source>Repdesk databases (*.sqlite)</source>
            <translation>Basis data Repdesk (*.sqlite)</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server</source>
            <translation>Hubungkan ke server PostgreSQL</translation>
        </message>
        <message>
            <source>Database address:</source>
            <translation>Alamat basis data:</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Membuka basis data…</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Basis data tidak dapat dibuka</translation>
        </message>
        <message>
            <source>This record was deleted</source>
            <translation>Data ini telah dihapus</translation>
        </message>
        <message>
            <source>Someone saved this record while you were editing it</source>
            <translation>Orang lain menyimpan data ini saat Anda mengeditnya</translation>
        </message>
        <message>
            <source>The database refused this save; nothing was written. Your edits are kept. ({reason})</source>
            <translation>Basis data menolak penyimpanan ini; tidak ada yang ditulis. Perubahan Anda tetap ada. ({reason})</translation>
        </message>
        <message>
            <source>Being edited</source>
            <translation>Sedang diedit</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Belum disimpan</translation>
        </message>
        <message>
            <source>Welcome to Repdesk</source>
            <translation>Selamat datang di Repdesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Repdesk&lt;/h2&gt;&lt;p&gt;There is no Repdesk database on this workstation yet.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Selamat datang di Repdesk&lt;/h2&gt;&lt;p&gt;Belum ada basis data Repdesk di komputer ini.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo company</source>
            <translation>Jelajahi perusahaan demo</translation>
        </message>
        <message>
            <source>A realistic sales company with field, remote and agency reps.</source>
            <translation>Perusahaan penjualan realistis dengan sales lapangan, jarak jauh, dan agensi.</translation>
        </message>
        <message>
            <source>Start an empty company database</source>
            <translation>Mulai basis data perusahaan kosong</translation>
        </message>
        <message>
            <source>A new file on this computer: {path}</source>
            <translation>Berkas baru di komputer ini: {path}</translation>
        </message>
        <message>
            <source>Connect to a PostgreSQL server…</source>
            <translation>Hubungkan ke server PostgreSQL…</translation>
        </message>
        <message>
            <source>For a sales office sharing one database between workstations.</source>
            <translation>Untuk kantor penjualan yang berbagi satu basis data antar-komputer.</translation>
        </message>
        <message>
            <source>Why was it lost?</source>
            <translation>Mengapa kalah?</translation>
        </message>
        <message>
            <source>— choose a reason —</source>
            <translation>— pilih alasan —</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Alasan kalah</translation>
        </message>
        <message>
            <source>Reasons a deal can be lost for. A retired reason stays on the deals that have it. “Dirty lead” reasons count as rejected leads.</source>
            <translation>Alasan transaksi bisa kalah. Alasan yang dinonaktifkan tetap ada pada transaksi yang memakainya. Alasan “Prospek buruk” dihitung sebagai prospek ditolak.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Dirty lead</source>
            <translation>Prospek buruk</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Dipakai</translation>
        </message>
        <message>
            <source>Deal sizes are given for the company, a team, an agency or a rep; for a territory, segment or product line they show every rep you see.</source>
            <translation>Ukuran transaksi diberikan untuk perusahaan, tim, agensi, atau sales; untuk wilayah, segmen, atau lini produk ditampilkan semua sales yang Anda lihat.</translation>
        </message>
        <message>
            <source>Band edges: {edges} (a deal of exactly an edge is in the band above).</source>
            <translation>Batas kelompok: {edges} (transaksi yang tepat di batas masuk kelompok di atasnya).</translation>
        </message>
        <message>
            <source>Deal sizes (amounts in {currency})</source>
            <translation>Ukuran transaksi (jumlah dalam {currency})</translation>
        </message>
        <message>
            <source>Deals by size band (everyone in the analysis)</source>
            <translation>Transaksi per kelompok ukuran (semua dalam analisis)</translation>
        </message>
        <message>
            <source>Deals closed in the period or open, and deals won, in each band</source>
            <translation>Transaksi yang ditutup dalam periode atau masih terbuka, dan transaksi menang, di tiap kelompok</translation>
        </message>
        <message>
            <source>All deals of the team in this band: what each rep is compared with</source>
            <translation>Semua transaksi tim di kelompok ini: pembanding tiap sales</translation>
        </message>
        <message>
            <source>All deals of the company in this band: what each rep is compared with</source>
            <translation>Semua transaksi perusahaan di kelompok ini: pembanding tiap sales</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>New reason</source>
            <translation>Alasan baru</translation>
        </message>
        <message>
            <source>not a dirty lead</source>
            <translation>bukan prospek buruk</translation>
        </message>
        <message>
            <source>dirty lead</source>
            <translation>prospek buruk</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Of the period's deals that reached {first}, the share that went on to {second} by now</source>
            <translation>Dari transaksi periode ini yang mencapai {first}, porsi yang sampai ke {second} hingga kini</translation>
        </message>
        <message>
            <source>Hide the deal</source>
            <translation>Sembunyikan transaksi</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Papan</translation>
        </message>
        <message>
            <source>Stage KPIs</source>
            <translation>KPI tahap</translation>
        </message>
        <message>
            <source>Loading the deals…</source>
            <translation>Memuat transaksi…</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Semua tim</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>Semua sales</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Semua wilayah</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Semua asal</translation>
        </message>
        <message>
            <source>min amount</source>
            <translation>jumlah min.</translation>
        </message>
        <message>
            <source>max amount</source>
            <translation>jumlah maks.</translation>
        </message>
        <message>
            <source>Search deal or account</source>
            <translation>Cari transaksi atau akun</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Import deals…</source>
            <translation>Impor…</translation>
        </message>
        <message>
            <source>Lost reasons…</source>
            <translation>Alasan kalah…</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>Transaksi baru…</translation>
        </message>
        <message>
            <source>Could not load the deals: {problem}</source>
            <translation>Transaksi tidak dapat dimuat: {problem}</translation>
        </message>
        <message>
            <source>{pipeline}: {deals}; won and lost columns show the last 30 days. Drag a card, or select it and press Ctrl+→ / Ctrl+← to move it.</source>
            <translation>{pipeline}: {deals}; kolom menang dan kalah menampilkan 30 hari terakhir. Seret kartu, atau pilih lalu tekan Ctrl+→ / Ctrl+← untuk memindahkannya.</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Corong</translation>
        </message>
        <message>
            <source>Moved by someone else</source>
            <translation>Dipindahkan orang lain</translation>
        </message>
        <message>
            <source>Move it anyway</source>
            <translation>Tetap pindahkan</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Not moved: a deal moved to Lost needs a reason.</source>
            <translation>Tidak dipindahkan: transaksi yang dipindah ke Kalah perlu alasan.</translation>
        </message>
        <message>
            <source>Moved to {stage} on top of the other change.</source>
            <translation>Dipindahkan ke {stage} di atas perubahan lainnya.</translation>
        </message>
        <message>
            <source>Deal {id}</source>
            <translation>Transaksi {id}</translation>
        </message>
        <message>
            <source>Reopened as deal {id}, back in the funnel.</source>
            <translation>Dibuka kembali sebagai transaksi {id}, kembali ke corong.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <source>Select a card to see the deal.</source>
            <translation>Pilih kartu untuk melihat transaksi.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Perkiraan tutup</translation>
        </message>
        <message>
            <source>Lead received</source>
            <translation>Prospek diterima</translation>
        </message>
        <message>
            <source>First call</source>
            <translation>Panggilan pertama</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Ditutup pada</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Alasan kalah</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Dibuka kembali</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>ID CRM</translation>
        </message>
        <message>
            <source>Reopen this lost deal</source>
            <translation>Buka kembali transaksi kalah ini</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
            <translation>&lt;b&gt;Riwayat tahap&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Catatan&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add a note…</source>
            <translation>Tambah catatan…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Tambah catatan</translation>
        </message>
        <message>
            <source>from lost deal {id}</source>
            <translation>dari transaksi kalah {id}</translation>
        </message>
        <message>
            <source>as deal {ids}</source>
            <translation>sebagai transaksi {ids}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>ditutup</translation>
        </message>
        <message>
            <source>still there</source>
            <translation>masih di sana</translation>
        </message>
        <message>
            <source>Choose a period, or type one: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-08-15</source>
            <translation>Pilih periode, atau ketik: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-08-15</translation>
        </message>
        <message>
            <source>by rep</source>
            <translation>per sales</translation>
        </message>
        <message>
            <source>by team</source>
            <translation>per tim</translation>
        </message>
        <message>
            <source>whole company</source>
            <translation>seluruh perusahaan</translation>
        </message>
        <message>
            <source>the last whole quarter</source>
            <translation>kuartal penuh terakhir</translation>
        </message>
        <message>
            <source>this quarter, to date</source>
            <translation>kuartal ini, hingga kini</translation>
        </message>
        <message>
            <source>an earlier quarter</source>
            <translation>kuartal sebelumnya</translation>
        </message>
        <message>
            <source>last month</source>
            <translation>bulan lalu</translation>
        </message>
        <message>
            <source>this month, to date</source>
            <translation>bulan ini, hingga kini</translation>
        </message>
        <message>
            <source>this year, to date</source>
            <translation>tahun ini, hingga kini</translation>
        </message>
        <message>
            <source>last year</source>
            <translation>tahun lalu</translation>
        </message>
        <message>
            <source>Which part of the company the analysis is for</source>
            <translation>Bagian perusahaan yang dianalisis</translation>
        </message>
        <message>
            <source>The team, territory, rep, agency, segment or product line</source>
            <translation>Tim, wilayah, sales, agensi, segmen, atau lini produk</translation>
        </message>
        <message>
            <source>A quarter (2026-Q3), a month (2026-07) or a year (2026); type another and press Enter</source>
            <translation>Kuartal (2026-Q3), bulan (2026-07), atau tahun (2026); ketik yang lain lalu tekan Enter</translation>
        </message>
        <message>
            <source>Export table…</source>
            <translation>Ekspor tabel…</translation>
        </message>
        <message>
            <source>Save the table in view as CSV or Excel (plain numbers)</source>
            <translation>Simpan tabel yang tampil sebagai CSV atau Excel (angka polos)</translation>
        </message>
        <message>
            <source>Save all four parts of the analysis for this slice and period as a PDF</source>
            <translation>Simpan keempat bagian analisis untuk irisan dan periode ini sebagai PDF</translation>
        </message>
        <message>
            <source>Slice</source>
            <translation>Irisan</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Reading the teams, territories and reps…</source>
            <translation>Membaca tim, wilayah, dan sales…</translation>
        </message>
        <message>
            <source>(no {kind} to choose)</source>
            <translation>(tidak ada {kind} untuk dipilih)</translation>
        </message>
        <message>
            <source>There is no {kind} called {name} here.</source>
            <translation>Tidak ada {kind} bernama {name} di sini.</translation>
        </message>
        <message>
            <source>There is no {kind} to choose.</source>
            <translation>Tidak ada {kind} untuk dipilih.</translation>
        </message>
        <message>
            <source>the whole company</source>
            <translation>seluruh perusahaan</translation>
        </message>
        <message>
            <source>segment {name}</source>
            <translation>segmen {name}</translation>
        </message>
        <message>
            <source>product line {name}</source>
            <translation>lini produk {name}</translation>
        </message>
        <message>
            <source>Reading {part} for {slice}, {period}…</source>
            <translation>Membaca {part} untuk {slice}, {period}…</translation>
        </message>
        <message>
            <source>{slice}, {period} ({start} – {end}).</source>
            <translation>{slice}, {period} ({start} – {end}).</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Ekspor tabel</translation>
        </message>
        <message>
            <source>Wait until the table is shown, then export it.</source>
            <translation>Tunggu hingga tabel tampil, lalu ekspor.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Catatan: {note}</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>{path} tidak dapat ditulis: {reason}.</translation>
        </message>
        <message>
            <source>Wrote {count} rows to {path}.</source>
            <translation>{count} baris ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Save the analysis as PDF</source>
            <translation>Simpan analisis sebagai PDF</translation>
        </message>
        <message>
            <source>Reading {part}…</source>
            <translation>Membaca {part}…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Menulis PDF…</translation>
        </message>
        <message>
            <source>Writing the analysis PDF…</source>
            <translation>Menulis PDF analisis…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <source>Save the table as CSV or Excel</source>
            <translation>Simpan tabel sebagai CSV atau Excel</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lost in the period&lt;/b&gt; — to re-work</source>
            <translation>&lt;b&gt;Kalah dalam periode&lt;/b&gt; — untuk digarap ulang</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ditutup</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <source>Lost at</source>
            <translation>Kalah di</translation>
        </message>
        <message>
            <source>Won again</source>
            <translation>Menang lagi</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why deals were lost&lt;/b&gt; — and where</source>
            <translation>&lt;b&gt;Mengapa transaksi kalah&lt;/b&gt; — dan di mana</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Kalah</translation>
        </message>
        <message>
            <source>At lead / qualification</source>
            <translation>Di prospek / kualifikasi</translation>
        </message>
        <message>
            <source>In objection handling</source>
            <translation>Saat menangani keberatan</translation>
        </message>
        <message>
            <source>Export stage KPIs</source>
            <translation>Ekspor KPI tahap</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>All shown</source>
            <translation>Semua tampil</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>{start} – {end}: {lost}, {reopened} reopened, {won} of them won later.</source>
            <translation>{start} – {end}: {lost}, {reopened} dibuka kembali, {won} di antaranya menang kemudian.</translation>
        </message>
        <message>
            <source>Repdesk user guide</source>
            <translation>Panduan pengguna Repdesk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Pintasan keyboard</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Di mana</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Fungsinya</translation>
        </message>
        <message>
            <source>History — {kind} {record}</source>
            <translation>Riwayat — {kind} {record}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{kind}: {record}&lt;/b&gt; — every change, newest first</source>
            <translation>&lt;b&gt;{kind}: {record}&lt;/b&gt; — setiap perubahan, terbaru dahulu</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Bring this deleted record back with its last values?</source>
            <translation>Kembalikan data terhapus ini dengan nilai terakhirnya?</translation>
        </message>
        <message>
            <source>Put back the earlier values of: {fields}?</source>
            <translation>Kembalikan nilai sebelumnya dari: {fields}?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <source>{question}

The restore is recorded in the history as your change.</source>
            <translation>{question}

Pemulihan dicatat di riwayat sebagai perubahan Anda.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Tidak diimpor</translation>
        </message>
        <message>
            <source>The file's column '{header}' is not imported</source>
            <translation>Kolom berkas '{header}' tidak diimpor</translation>
        </message>
        <message>
            <source>The file's column '{header}' goes to {field}</source>
            <translation>Kolom berkas '{header}' masuk ke {field}</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Pilih berkas</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) export. Its first rows are shown as they will be imported.</source>
            <translation>Ekspor CSV atau Excel (.xlsx). Baris pertamanya ditampilkan seperti yang akan diimpor.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Belum ada berkas dipilih</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Written as</source>
            <translation>Ditulis sebagai</translation>
        </message>
        <message>
            <source>Choose a file to see its first rows.</source>
            <translation>Pilih berkas untuk melihat baris pertamanya.</translation>
        </message>
        <message>
            <source>Import: {kind}</source>
            <translation>Impor: {kind}</translation>
        </message>
        <message>
            <source>Reading the start of the file…</source>
            <translation>Membaca awal berkas…</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>Berkas ini tidak dapat diimpor</translation>
        </message>
        <message>
            <source>The first {n} row(s).</source>
            <translation>{n} baris pertama.</translation>
        </message>
        <message>
            <source>The first {n} row(s) of the file.</source>
            <translation>{n} baris pertama berkas.</translation>
        </message>
        <message>
            <source>row {row}, {field}: {why}</source>
            <translation>baris {row}, {field}: {why}</translation>
        </message>
        <message>
            <source>{n} cell(s) cannot be read (red; point at one for the reason): {cells}.</source>
            <translation>{n} sel tidak dapat dibaca (merah; arahkan ke sel untuk alasannya): {cells}.</translation>
        </message>
        <message>
            <source>Columns mapped as in the saved mapping '{name}'.</source>
            <translation>Kolom dipetakan seperti pemetaan tersimpan '{name}'.</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Riwayat impor</translation>
        </message>
        <message>
            <source>Loading the imports…</source>
            <translation>Memuat impor…</translation>
        </message>
        <message>
            <source>Undo import…</source>
            <translation>Urungkan impor…</translation>
        </message>
        <message>
            <source>{day} by {login}</source>
            <translation>{day} oleh {login}</translation>
        </message>
        <message>
            <source>No import has been made into this database yet.</source>
            <translation>Belum ada impor ke basis data ini.</translation>
        </message>
        <message>
            <source>{undone} {listed}</source>
            <translation>{undone} {listed}</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Urungkan impor</translation>
        </message>
        <message>
            <source>Undo import {number} of {file} ({when}, {login})? The rows it created are removed and the rows it changed get their earlier values back.</source>
            <translation>Urungkan impor {number} dari {file} ({when}, {login})? Baris yang dibuatnya dihapus dan baris yang diubahnya kembali ke nilai sebelumnya.</translation>
        </message>
        <message>
            <source>Cannot undo this import</source>
            <translation>Impor ini tidak dapat diurungkan</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Mengimpor</translation>
        </message>
        <message>
            <source>Cancel stops the import and writes nothing.</source>
            <translation>Batal menghentikan impor dan tidak menulis apa pun.</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Batalkan impor</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Mengimpor {file}…</translation>
        </message>
        <message>
            <source>Cancelling: undoing what the import had started…</source>
            <translation>Membatalkan: mengurungkan yang sudah dimulai impor…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Dibatalkan: tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>{problem} Nothing was written.</source>
            <translation>{problem} Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Diimpor</translation>
        </message>
        <message>
            <source>The pages that show this data have been refreshed.</source>
            <translation>Halaman yang menampilkan data ini telah diperbarui.</translation>
        </message>
        <message>
            <source>{file} is imported.</source>
            <translation>{file} telah diimpor.</translation>
        </message>
        <message>
            <source>{n} unchanged: already as in the file.</source>
            <translation>{n} tidak berubah: sudah sama dengan berkas.</translation>
        </message>
        <message>
            <source>It is import {number}: File ▸ Import history… can undo it.</source>
            <translation>Ini impor {number}: Berkas ▸ Riwayat impor… dapat mengurungkannya.</translation>
        </message>
        <message>
            <source>{n} bad row(s) were left out:</source>
            <translation>{n} baris buruk dikeluarkan:</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Cocokkan kolom</translation>
        </message>
        <message>
            <source>Choose the field each column of the file fills, or ignore it. The choices can be saved for the next file from the same source.</source>
            <translation>Pilih bidang yang diisi tiap kolom berkas, atau abaikan. Pilihan dapat disimpan untuk berkas berikutnya dari sumber yang sama.</translation>
        </message>
        <message>
            <source>Save this mapping…</source>
            <translation>Simpan pemetaan ini…</translation>
        </message>
        <message>
            <source>Saved mappings</source>
            <translation>Pemetaan tersimpan</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opsi</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Kolom di berkas</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Nilai pertama</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Masuk ke</translation>
        </message>
        <message>
            <source>(column {number}, no name)</source>
            <translation>(kolom {number}, tanpa nama)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(kosong)</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— abaikan —</translation>
        </message>
        <message>
            <source>{field} (required)</source>
            <translation>{field} (wajib)</translation>
        </message>
        <message>
            <source>A question (its text or Q1, Q2…)</source>
            <translation>Pertanyaan (teksnya atau Q1, Q2…)</translation>
        </message>
        <message>
            <source>A metric (by its name)</source>
            <translation>Metrik (menurut namanya)</translation>
        </message>
        <message>
            <source>Choose the scorecard, or the column of the file that names it.</source>
            <translation>Pilih kartu skor, atau kolom berkas yang menyebutkannya.</translation>
        </message>
        <message>
            <source>As detected ({crm})</source>
            <translation>Sesuai deteksi ({crm})</translation>
        </message>
        <message>
            <source>As detected (no known CRM)</source>
            <translation>Sesuai deteksi (CRM tidak dikenal)</translation>
        </message>
        <message>
            <source>Stage names as in</source>
            <translation>Nama tahap seperti di</translation>
        </message>
        <message>
            <source>Each deal's own amount, in its own currency</source>
            <translation>Jumlah masing-masing transaksi, dalam mata uangnya sendiri</translation>
        </message>
        <message>
            <source>The amounts the CRM converted to one currency</source>
            <translation>Jumlah yang dikonversi CRM ke satu mata uang</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>From the file's 'scorecard' column</source>
            <translation>Dari kolom 'scorecard' berkas</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Kartu skor</translation>
        </message>
        <message>
            <source>when the file has no agency column</source>
            <translation>jika berkas tidak punya kolom agensi</translation>
        </message>
        <message>
            <source>optional: put them in this wave (created if new)</source>
            <translation>opsional: masukkan ke gelombang ini (dibuat jika baru)</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agensi</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>Gelombang</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>(saved mappings are not available)</source>
            <translation>(pemetaan tersimpan tidak tersedia)</translation>
        </message>
        <message>
            <source>Detected from the headers</source>
            <translation>Terdeteksi dari judul kolom</translation>
        </message>
        <message>
            <source>— choose a saved mapping —</source>
            <translation>— pilih pemetaan tersimpan —</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Simpan pemetaan</translation>
        </message>
        <message>
            <source>Name (for example the CRM or agency it comes from):</source>
            <translation>Nama (misalnya CRM atau agensi asalnya):</translation>
        </message>
        <message>
            <source>Stages and owners</source>
            <translation>Tahap dan pemilik</translation>
        </message>
        <message>
            <source>Place the stage names and owners of the file that the database does not know yet. Rows whose owner is left unmatched are bad rows.</source>
            <translation>Tempatkan nama tahap dan pemilik dalam berkas yang belum dikenal basis data. Baris yang pemiliknya tidak dicocokkan menjadi baris buruk.</translation>
        </message>
        <message>
            <source>optional: the CRM's user export, when owners are user ids</source>
            <translation>opsional: ekspor pengguna CRM, jika pemilik berupa ID pengguna</translation>
        </message>
        <message>
            <source>Choose users file…</source>
            <translation>Pilih berkas pengguna…</translation>
        </message>
        <message>
            <source>Users file</source>
            <translation>Berkas pengguna</translation>
        </message>
        <message>
            <source>The CRM's user export</source>
            <translation>Ekspor pengguna CRM</translation>
        </message>
        <message>
            <source>Reading the stage names and owners of the file…</source>
            <translation>Membaca nama tahap dan pemilik di berkas…</translation>
        </message>
        <message>
            <source>Every stage name and owner of the file is known: nothing to choose here.</source>
            <translation>Semua nama tahap dan pemilik di berkas sudah dikenal: tidak ada yang perlu dipilih.</translation>
        </message>
        <message>
            <source>To place: {stages} and {owners}.</source>
            <translation>Perlu ditempatkan: {stages} dan {owners}.</translation>
        </message>
        <message>
            <source>Stage names the pipeline does not have</source>
            <translation>Nama tahap yang tidak ada di pipeline</translation>
        </message>
        <message>
            <source>Stage in the file</source>
            <translation>Tahap di berkas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Becomes the stage</source>
            <translation>Menjadi tahap</translation>
        </message>
        <message>
            <source>— choose a stage —</source>
            <translation>— pilih tahap —</translation>
        </message>
        <message>
            <source>Owners who are no rep</source>
            <translation>Pemilik yang bukan sales</translation>
        </message>
        <message>
            <source>Owner in the file</source>
            <translation>Pemilik di berkas</translation>
        </message>
        <message>
            <source>Deals go to</source>
            <translation>Transaksi masuk ke</translation>
        </message>
        <message>
            <source>Nobody: leave the rows bad</source>
            <translation>Tidak ada: biarkan baris buruk</translation>
        </message>
        <message>
            <source>A new rep in the team below</source>
            <translation>Sales baru di tim di bawah</translation>
        </message>
        <message>
            <source>New reps join the team</source>
            <translation>Sales baru masuk tim</translation>
        </message>
        <message>
            <source>Choose a stage for {names}.</source>
            <translation>Pilih tahap untuk {names}.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Why it cannot be imported</source>
            <translation>Mengapa tidak dapat diimpor</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Periksa sebelum impor</translation>
        </message>
        <message>
            <source>A dry run: the whole import was done and undone. Nothing is written until you press Import.</source>
            <translation>Uji coba: seluruh impor dijalankan lalu diurungkan. Tidak ada yang ditulis sampai Anda menekan Impor.</translation>
        </message>
        <message>
            <source>Doing a dry run of the import…</source>
            <translation>Menjalankan uji coba impor…</translation>
        </message>
        <message>
            <source>Doing a dry run of the import: {step}</source>
            <translation>Menjalankan uji coba impor: {step}</translation>
        </message>
        <message>
            <source>The import would do this:</source>
            <translation>Impor akan melakukan ini:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Columns used:&lt;/b&gt; {columns}</source>
            <translation>&lt;b&gt;Kolom yang dipakai:&lt;/b&gt; {columns}</translation>
        </message>
        <message>
            <source>The file has stage names the pipeline does not have ({names}); choose a stage for each under Stages and owners.</source>
            <translation>Berkas memiliki nama tahap yang tidak ada di pipeline ({names}); pilih tahap untuk masing-masing di Tahap dan pemilik.</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <translation>Berkas tidak dapat dibaca: {reason}.</translation>
        </message>
        <message>
            <source>The import stopped on an unexpected problem ({problem}); nothing was written.</source>
            <translation>Impor berhenti karena masalah tak terduga ({problem}); tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>{what} (Ctrl+{number})</source>
            <translation>{what} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>Tidak ada basis data terbuka</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Open database file…</source>
            <translation>&amp;Buka berkas basis data…</translation>
        </message>
        <message>
            <source>&amp;Connect to PostgreSQL server…</source>
            <translation>&amp;Hubungkan ke server PostgreSQL…</translation>
        </message>
        <message>
            <source>&amp;New empty company database…</source>
            <translation>Basis data perusahaan &amp;kosong baru…</translation>
        </message>
        <message>
            <source>Open the &amp;demo company</source>
            <translation>Buka perusahaan &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Impor…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>&amp;Riwayat impor…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Kembali</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Maju</translation>
        </message>
        <message>
            <source>&amp;History of the selected record…</source>
            <translation>Riwayat data &amp;terpilih…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>B&amp;antuan</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Panduan pengguna</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Pintasan &amp;keyboard</translation>
        </message>
        <message>
            <source>&amp;About Repdesk</source>
            <translation>&amp;Tentang Repdesk</translation>
        </message>
        <message>
            <source>About Repdesk</source>
            <translation>Tentang Repdesk</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Bahasa sistem</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Repdesk will be in {language} the next time it starts.</source>
            <translation>Repdesk akan memakai {language} saat dijalankan berikutnya.</translation>
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
            <translation>Halaman ini tidak dapat dimuat: server basis data tidak dapat dihubungi saat ini.
Halaman terbuka sendiri saat koneksi kembali.</translation>
        </message>
        <message>
            <source>Select a rep or a deal first; its history shows who changed what and when.</source>
            <translation>Pilih sales atau transaksi dahulu; riwayatnya menunjukkan siapa mengubah apa dan kapan.</translation>
        </message>
        <message>
            <source>Open a database first.</source>
            <translation>Buka basis data dahulu.</translation>
        </message>
        <message>
            <source>What did you see or hear?</source>
            <translation>Apa yang Anda lihat atau dengar?</translation>
        </message>
        <message>
            <source>Competitor, if any</source>
            <translation>Pesaing, jika ada</translation>
        </message>
        <message>
            <source>Everyone in the company may read it</source>
            <translation>Semua orang di perusahaan dapat membacanya</translation>
        </message>
        <message>
            <source>The details: who said it, prices, dates…</source>
            <translation>Rinciannya: siapa yang mengatakan, harga, tanggal…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Show the saved note</source>
            <translation>Tampilkan catatan tersimpan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Pesaing</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Catatan baru</translation>
        </message>
        <message>
            <source>Note by {author}</source>
            <translation>Catatan oleh {author}</translation>
        </message>
        <message>
            <source>shared with everyone; only its team changes it</source>
            <translation>dibagikan ke semua; hanya timnya yang dapat mengubah</translation>
        </message>
        <message>
            <source>Search notes, in any language</source>
            <translation>Cari (semua bahasa)</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>Weekly digest…</source>
            <translation>Ringkasan…</translation>
        </message>
        <message>
            <source>Copy digest text</source>
            <translation>Salin ringkasan</translation>
        </message>
        <message>
            <source>Last week's digest as plain text, to paste into an e-mail</source>
            <translation>Ringkasan minggu lalu sebagai teks polos, untuk ditempel ke e-mail</translation>
        </message>
        <message>
            <source>No notes match.</source>
            <translation>Tidak ada catatan yang cocok.</translation>
        </message>
        <message>
            <source>{count} (the newest shown; narrow the search for older ones)</source>
            <translation>{count} (yang terbaru ditampilkan; persempit pencarian untuk yang lebih lama)</translation>
        </message>
        <message>
            <source>The notes could not be loaded: {reason}</source>
            <translation>Catatan tidak dapat dimuat: {reason}</translation>
        </message>
        <message>
            <source>The note was saved.</source>
            <translation>Catatan telah disimpan.</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Hapus catatan</translation>
        </message>
        <message>
            <source>Delete the note “{title}”?</source>
            <translation>Hapus catatan “{title}”?</translation>
        </message>
        <message>
            <source>Weekly digest of field notes</source>
            <translation>Ringkasan mingguan catatan lapangan</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Weekly digest</source>
            <translation>Ringkasan mingguan</translation>
        </message>
        <message>
            <source>The digest was not written: {reason}</source>
            <translation>Ringkasan tidak ditulis: {reason}</translation>
        </message>
        <message>
            <source>Last week's digest is on the clipboard, ready to paste.</source>
            <translation>Ringkasan minggu lalu ada di papan klip, siap ditempel.</translation>
        </message>
        <message>
            <source>Attention list…</source>
            <translation>Daftar perhatian…</translation>
        </message>
        <message>
            <source>Alerts…</source>
            <translation>Peringatan…</translation>
        </message>
        <message>
            <source>Forecast…</source>
            <translation>Prakiraan…</translation>
        </message>
        <message>
            <source>Quota attainment</source>
            <translation>Pencapaian kuota</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgensi</translation>
        </message>
        <message>
            <source>Why (points each reason adds)</source>
            <translation>Alasan (poin tiap alasan)</translation>
        </message>
        <message>
            <source>The reasons, most urgent first, with the points each adds to the urgency</source>
            <translation>Alasan, paling mendesak dahulu, dengan poin yang ditambahkan masing-masing ke urgensi</translation>
        </message>
        <message>
            <source>Schedule one-on-one…</source>
            <translation>Jadwalkan one-on-one…</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Perlu perhatian</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Peringatan</translation>
        </message>
        <message>
            <source>A drawdown: a key number well below the rep's own usual level (the median of their recent weeks); or no numbers entered for several working days</source>
            <translation>Penurunan: angka kunci jauh di bawah level biasa sales itu sendiri (median minggu-minggu terakhirnya); atau tidak ada angka yang diisi selama beberapa hari kerja</translation>
        </message>
        <message>
            <source>Drawdown and missing-numbers alerts</source>
            <translation>Peringatan penurunan dan angka kosong</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Menang</translation>
        </message>
        <message>
            <source>Weighted funnel</source>
            <translation>Tertimbang</translation>
        </message>
        <message>
            <source>Run rate rest</source>
            <translation>Sisa laju</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Perkiraan</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Kuota</translation>
        </message>
        <message>
            <source>Expected %</source>
            <translation>Perkiraan %</translation>
        </message>
        <message>
            <source>Quarter forecast</source>
            <translation>Prakiraan kuartal</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Bulan depan</translation>
        </message>
        <message>
            <source>Could not load: {reason}</source>
            <translation>Tidak dapat dimuat: {reason}</translation>
        </message>
        <message>
            <source>{quarter}: no won deals, open funnel or quotas recorded yet.</source>
            <translation>{quarter}: belum ada transaksi menang, corong terbuka, atau kuota yang dicatat.</translation>
        </message>
        <message>
            <source>{quarter}: team {forecast}</source>
            <translation>{quarter}: tim {forecast}</translation>
        </message>
        <message>
            <source>Why we meet:
- {alert}

Agree: activity goals until the follow-up.</source>
            <translation>Alasan bertemu:
- {alert}

Sepakati: sasaran aktivitas hingga tindak lanjut.</translation>
        </message>
        <message>
            <source>Day: every rep</source>
            <translation>Hari: semua sales</translation>
        </message>
        <message>
            <source>Week: one rep</source>
            <translation>Minggu: satu sales</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>Type a number to fill a cell; Tab moves right, Enter moves down; paste a block copied from a spreadsheet with Ctrl+V; Ctrl+Z undoes. Red: below the day's goal, green: goal met.</source>
            <translation>Ketik angka untuk mengisi sel; Tab bergerak ke kanan, Enter ke bawah; tempel blok dari spreadsheet dengan Ctrl+V; Ctrl+Z mengurungkan. Merah: di bawah sasaran hari itu, hijau: sasaran tercapai.</translation>
        </message>
        <message>
            <source>Nothing entered yet for this selection.</source>
            <translation>Belum ada isian untuk pilihan ini.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>tidak diukur</translation>
        </message>
        <message>
            <source>{actual} of {target}</source>
            <translation>{actual} dari {target}</translation>
        </message>
        <message>
            <source>{progress} · {share}</source>
            <translation>{progress} · {share}</translation>
        </message>
        <message>
            <source>The plan the goal belongs to</source>
            <translation>Rencana pemilik sasaran ini</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the straight-line pace; on track: at or above it</source>
            <translation>tercapai: target tercapai; terlewat: tenggat lewat tanpa tercapai; berisiko: di bawah 90% laju garis lurus; sesuai jalur: pada atau di atasnya</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to today (or its deadline), of the target</source>
            <translation>Dihitung dari data Repdesk sejak awal sasaran hingga hari ini (atau tenggatnya), terhadap target</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <source>Could not load the goals: {why}</source>
            <translation>Sasaran tidak dapat dimuat: {why}</translation>
        </message>
        <message>
            <source>No goal of the sales plan runs in {quarter}. Set goals on the Plans page.</source>
            <translation>Tidak ada sasaran rencana penjualan yang berjalan di {quarter}. Tetapkan sasaran di halaman Rencana.</translation>
        </message>
        <message>
            <source>{status}: {n}</source>
            <translation>{status}: {n}</translation>
        </message>
        <message>
            <source>Goals running in {quarter}, status on {day}: {parts}</source>
            <translation>Sasaran yang berjalan di {quarter}, status per {day}: {parts}</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months…</source>
            <translation>Melatih model pada data bulanan setiap sales…</translation>
        </message>
        <message>
            <source>Not enough finished months yet to test the model on the past.</source>
            <translation>Belum cukup bulan yang selesai untuk menguji model pada masa lalu.</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>Diuji pada {first} – {last} ({predictions}): meleset {off} dari yang dimenangkan, lebih baik daripada “sama dengan bulan lalu” ({last_month}) dan rata-rata 3 bulan ({average}).</translation>
        </message>
        <message>
            <source>Tested on {first} – {last} ({predictions}): off by {off} of what was won, &lt;b&gt;not&lt;/b&gt; better than “same as last month” ({last_month}) and the 3-month average ({average}).</source>
            <translation>Diuji pada {first} – {last} ({predictions}): meleset {off} dari yang dimenangkan, &lt;b&gt;tidak&lt;/b&gt; lebih baik daripada “sama dengan bulan lalu” ({last_month}) dan rata-rata 3 bulan ({average}).</translation>
        </message>
        <message>
            <source>Next month, predicted</source>
            <translation>Bulan depan, prediksi</translation>
        </message>
        <message>
            <source>Likely range</source>
            <translation>Rentang wajar</translation>
        </message>
        <message>
            <source>Won revenue predicted for the month</source>
            <translation>Prediksi pendapatan menang bulan ini</translation>
        </message>
        <message>
            <source>Predict each rep's won revenue next month from this month's activity and funnel. Predicted falls join the attention list.</source>
            <translation>Prediksi pendapatan menang tiap sales bulan depan dari aktivitas dan corong bulan ini. Prediksi yang turun masuk daftar perhatian.</translation>
        </message>
        <message>
            <source>Predict</source>
            <translation>Prediksi</translation>
        </message>
        <message>
            <source>Fitting the model on every rep's months… (the window stays usable)</source>
            <translation>Melatih model pada data bulanan setiap sales… (jendela tetap dapat dipakai)</translation>
        </message>
        <message>
            <source>Could not predict: {reason}</source>
            <translation>Tidak dapat memprediksi: {reason}</translation>
        </message>
        <message>
            <source>Predict again</source>
            <translation>Prediksi lagi</translation>
        </message>
        <message>
            <source>{month}, predicted</source>
            <translation>{month}, prediksi</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>Import numbers…</source>
            <translation>Impor angka…</translation>
        </message>
        <message>
            <source>Goals…</source>
            <translation>Sasaran…</translation>
        </message>
        <message>
            <source>Add metric…</source>
            <translation>Tambah metrik…</translation>
        </message>
        <message>
            <source>Alert settings…</source>
            <translation>Pengaturan peringatan…</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Enter numbers</source>
            <translation>Isi angka</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tren</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>One-on-one</translation>
        </message>
        <message>
            <source>One-on-one with {rep} scheduled for {when}.</source>
            <translation>One-on-one dengan {rep} dijadwalkan pada {when}.</translation>
        </message>
        <message>
            <source>Activity goals — {team}</source>
            <translation>Sasaran aktivitas — {team}</translation>
        </message>
        <message>
            <source>Company default</source>
            <translation>Bawaan perusahaan</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Untuk</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>Team default: {team}</source>
            <translation>Bawaan tim: {team}</translation>
        </message>
        <message>
            <source>a day</source>
            <translation>per hari</translation>
        </message>
        <message>
            <source>a week</source>
            <translation>per minggu</translation>
        </message>
        <message>
            <source>Per</source>
            <translation>Per</translation>
        </message>
        <message>
            <source>Set goal</source>
            <translation>Tetapkan sasaran</translation>
        </message>
        <message>
            <source>Goals in force (a rep's own goal wins over the team's, which wins over the company default; each runs until a later one):</source>
            <translation>Sasaran yang berlaku (sasaran sales sendiri mengalahkan sasaran tim, yang mengalahkan bawaan perusahaan; masing-masing berlaku hingga ada yang lebih baru):</translation>
        </message>
        <message>
            <source>No goal in force for this choice yet.</source>
            <translation>Belum ada sasaran yang berlaku untuk pilihan ini.</translation>
        </message>
        <message>
            <source>In force: {amount} since {date}</source>
            <translation>Berlaku: {amount} sejak {date}</translation>
        </message>
        <message>
            <source>Goal not set</source>
            <translation>Sasaran tidak ditetapkan</translation>
        </message>
        <message>
            <source>Add a metric</source>
            <translation>Tambah metrik</translation>
        </message>
        <message>
            <source>e.g. Site visits</source>
            <translation>mis. Kunjungan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>Dipakai oleh</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>semua tim</translation>
        </message>
        <message>
            <source>Metric not added</source>
            <translation>Metrik tidak ditambahkan</translation>
        </message>
        <message>
            <source>Alert settings — {scope}</source>
            <translation>Pengaturan peringatan — {scope}</translation>
        </message>
        <message>
            <source>company default</source>
            <translation>bawaan perusahaan</translation>
        </message>
        <message>
            <source> % of the usual</source>
            <translation> % dari biasanya</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> minggu</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> hari kerja</translation>
        </message>
        <message>
            <source>Drawdown alert below</source>
            <translation>Peringatan penurunan di bawah</translation>
        </message>
        <message>
            <source>Usual = median of the last</source>
            <translation>Biasanya = median dari</translation>
        </message>
        <message>
            <source>No numbers for</source>
            <translation>Tanpa angka selama</translation>
        </message>
        <message>
            <source>{n} a week</source>
            <translation>{n} per minggu</translation>
        </message>
        <message>
            <source>{n} a day</source>
            <translation>{n} per hari</translation>
        </message>
        <message>
            <source>One-on-one with {rep}</source>
            <translation>One-on-one dengan {rep}</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> mnt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durasi</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Jadwalkan</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>Tidak dijadwalkan</translation>
        </message>
        <message>
            <source>Outcome: one-on-one with {rep}</source>
            <translation>Hasil: one-on-one dengan {rep}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>tidak berubah</translation>
        </message>
        <message>
            <source>Agreed {metric} a day</source>
            <translation>Disepakati {metric} per hari</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Tindak lanjut pada</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Menyimpan…</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Tidak disimpan: {reason}</translation>
        </message>
        <message>
            <source>Reloaded: the notes show the one-on-one as saved now.</source>
            <translation>Dimuat ulang: catatan menampilkan one-on-one seperti yang tersimpan sekarang.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this one-on-one. Your notes are still here.</source>
            <translation>Tidak disimpan: orang lain mengubah one-on-one ini. Catatan Anda masih ada.</translation>
        </message>
        <message>
            <source>Could not reload; your notes are kept. {reason}</source>
            <translation>Tidak dapat memuat ulang; catatan Anda tetap ada. {reason}</translation>
        </message>
        <message>
            <source>This one-on-one no longer exists.</source>
            <translation>One-on-one ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>Stop saving</source>
            <translation>Berhenti menyimpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Team meetings — {team}</source>
            <translation>Rapat tim — {team}</translation>
        </message>
        <message>
            <source>every working day</source>
            <translation>setiap hari kerja</translation>
        </message>
        <message>
            <source>every {weekday}</source>
            <translation>setiap {weekday}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} mnt</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rapat</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Pukul</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durasi</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sejak</translation>
        </message>
        <message>
            <source>Morning meeting</source>
            <translation>Rapat pagi</translation>
        </message>
        <message>
            <source>Every working day</source>
            <translation>Setiap hari kerja</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Seminggu sekali</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Berulang</translation>
        </message>
        <message>
            <source>On (weekly)</source>
            <translation>Pada (mingguan)</translation>
        </message>
        <message>
            <source>Add meeting</source>
            <translation>Tambah rapat</translation>
        </message>
        <message>
            <source>Meeting not added</source>
            <translation>Rapat tidak ditambahkan</translation>
        </message>
        <message>
            <source>Upcoming and recent</source>
            <translation>Mendatang dan terkini</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>Catat hasil…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Ekspor kalender (.ics)…</translation>
        </message>
        <message>
            <source>Team meetings…</source>
            <translation>Rapat tim…</translation>
        </message>
        <message>
            <source>Select a one-on-one to see the rep's history: goals agreed and whether the numbers recovered afterwards.</source>
            <translation>Pilih one-on-one untuk melihat riwayat sales: sasaran yang disepakati dan apakah angkanya pulih sesudahnya.</translation>
        </message>
        <message>
            <source>{rep}: no one-on-one held yet.</source>
            <translation>{rep}: belum ada one-on-one.</translation>
        </message>
        <message>
            <source>{rep} — one-on-ones held:</source>
            <translation>{rep} — one-on-one yang sudah diadakan:</translation>
        </message>
        <message>
            <source>numbers recovered</source>
            <translation>angka pulih</translation>
        </message>
        <message>
            <source>numbers did not recover</source>
            <translation>angka tidak pulih</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>terlalu dini untuk dinilai</translation>
        </message>
        <message>
            <source>{metric} {before} → {after} a day</source>
            <translation>{metric} {before} → {after} per hari</translation>
        </message>
        <message>
            <source>no goals agreed</source>
            <translation>tidak ada sasaran disepakati</translation>
        </message>
        <message>
            <source>Team meetings</source>
            <translation>Rapat tim</translation>
        </message>
        <message>
            <source>Choose a team first.</source>
            <translation>Pilih tim dahulu.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Ekspor kalender</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Kalender (*.ics)</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>Kalender diekspor</translation>
        </message>
        <message>
            <source>Quota attainment (by quarter)</source>
            <translation>Pencapaian kuota (per kuartal)</translation>
        </message>
        <message>
            <source>Funnel: leads won % (by month)</source>
            <translation>Corong: % prospek menang (per bulan)</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Ekspor PNG…</translation>
        </message>
        <message>
            <source>By</source>
            <comment>grouped by days, weeks or months</comment>
            <translation>Per</translation>
        </message>
        <message>
            <source>Select reps to overlay them; select none for the whole team.</source>
            <translation>Pilih sales untuk ditumpuk; kosongkan untuk seluruh tim.</translation>
        </message>
        <message>
            <source>Overlay reps (none: the team)</source>
            <translation>Tumpuk sales (kosong: tim)</translation>
        </message>
        <message>
            <source>% of quota per quarter</source>
            <translation>% kuota per kuartal</translation>
        </message>
        <message>
            <source>% of new leads won, per month</source>
            <translation>% prospek baru yang menang, per bulan</translation>
        </message>
        <message>
            <source>No quotas or deals recorded for this period.</source>
            <translation>Tidak ada kuota atau transaksi tercatat untuk periode ini.</translation>
        </message>
        <message>
            <source>{note}. Hover over the chart for exact values.</source>
            <translation>{note}. Arahkan ke grafik untuk nilai persisnya.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Ekspor grafik</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Tambah langkah</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Hapus langkah</translation>
        </message>
        <message>
            <source>Plan of *</source>
            <translation>Rencana untuk *</translation>
        </message>
        <message>
            <source>Period *</source>
            <translation>Periode *</translation>
        </message>
        <message>
            <source>Revenue target</source>
            <translation>Target pendapatan</translation>
        </message>
        <message>
            <source>won revenue, e.g. 250000</source>
            <translation>pendapatan menang, mis. 250000</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Mata uang</translation>
        </message>
        <message>
            <source>three letters, e.g. EUR</source>
            <translation>tiga huruf, mis. IDR</translation>
        </message>
        <message>
            <source>Won deals target</source>
            <translation>Target transaksi menang</translation>
        </message>
        <message>
            <source>New accounts target</source>
            <translation>Target akun baru</translation>
        </message>
        <message>
            <source>Activity target</source>
            <translation>Target aktivitas</translation>
        </message>
        <message>
            <source>Activity counts</source>
            <translation>Aktivitas yang dihitung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>the company</source>
            <translation>perusahaan</translation>
        </message>
        <message>
            <source>a team</source>
            <translation>tim</translation>
        </message>
        <message>
            <source>a rep</source>
            <translation>sales</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— tidak ada —</translation>
        </message>
        <message>
            <source>Edit plan</source>
            <translation>Edit rencana</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Rencana baru</translation>
        </message>
        <message>
            <source>A plan's targets for one period. A team's plan needs its team, a rep's plan its rep; revenue needs its currency, activity the key number it counts. Empty: no target of that kind.</source>
            <translation>Target rencana untuk satu periode. Rencana tim perlu timnya, rencana sales perlu salesnya; pendapatan perlu mata uangnya, aktivitas perlu angka kunci yang dihitung. Kosong: tanpa target jenis itu.</translation>
        </message>
        <message>
            <source>Plan *</source>
            <translation>Rencana *</translation>
        </message>
        <message>
            <source>Goal *</source>
            <translation>Sasaran *</translation>
        </message>
        <message>
            <source>what is to be achieved, specifically</source>
            <translation>apa yang ingin dicapai, secara spesifik</translation>
        </message>
        <message>
            <source>Owner *</source>
            <translation>Pemilik *</translation>
        </message>
        <message>
            <source>who answers for it</source>
            <translation>siapa yang bertanggung jawab</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Deadline *</source>
            <translation>Tenggat *</translation>
        </message>
        <message>
            <source>Measured by *</source>
            <translation>Diukur dengan *</translation>
        </message>
        <message>
            <source>Key number</source>
            <translation>Angka kunci</translation>
        </message>
        <message>
            <source>Target *</source>
            <translation>Target *</translation>
        </message>
        <message>
            <source>Choose the plan the goal belongs to.</source>
            <translation>Pilih rencana pemilik sasaran ini.</translation>
        </message>
        <message>
            <source>A goal needs its deadline.</source>
            <translation>Sasaran perlu tenggat.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— pilih —</translation>
        </message>
        <message>
            <source>a new step</source>
            <translation>langkah baru</translation>
        </message>
        <message>
            <source>Steps (tick the done)</source>
            <translation>Langkah (centang yang selesai)</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Edit sasaran</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Sasaran baru</translation>
        </message>
        <message>
            <source>A SMART goal: what (the goal and its steps), measured from Repdesk data (revenue, won deals, new accounts or a key number) against its target, owned, with a deadline. Its progress is computed, never typed.</source>
            <translation>Sasaran SMART: apa (sasaran dan langkahnya), diukur dari data Repdesk (pendapatan, transaksi menang, akun baru, atau angka kunci) terhadap targetnya, ada pemilik, dengan tenggat. Kemajuannya dihitung, tidak diketik.</translation>
        </message>
        <message>
            <source>Delete the plan {period} of {owner}?</source>
            <translation>Hapus rencana {period} milik {owner}?</translation>
        </message>
        <message>
            <source>The history keeps every deleted row; an admin can restore it there.</source>
            <translation>Riwayat menyimpan setiap baris yang dihapus; admin dapat memulihkannya di sana.</translation>
        </message>
        <message>
            <source>Delete the goal “{title}” of the plan {plan}?</source>
            <translation>Hapus sasaran “{title}” dari rencana {plan}?</translation>
        </message>
        <message>
            <source>done</source>
            <translation>selesai</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>direncanakan</translation>
        </message>
        <message>
            <source>Rep *</source>
            <translation>Sales *</translation>
        </message>
        <message>
            <source>Calls {what}</source>
            <translation>Panggilan {what}</translation>
        </message>
        <message>
            <source>Meetings {what}</source>
            <translation>Pertemuan {what}</translation>
        </message>
        <message>
            <source>Proposals {what}</source>
            <translation>Proposal {what}</translation>
        </message>
        <message>
            <source>Choose the rep whose week this is.</source>
            <translation>Pilih sales pemilik minggu ini.</translation>
        </message>
        <message>
            <source>Deals that moved on</source>
            <translation>Transaksi yang maju</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>Transaksi untuk dimajukan</translation>
        </message>
        <message>
            <source>Friday's report: week {week} of {rep}</source>
            <translation>Laporan Jumat: minggu {week} dari {rep}</translation>
        </message>
        <message>
            <source>What was done this week, and which of the planned deals moved on. The team sees it beside Monday's plan.</source>
            <translation>Apa yang dikerjakan minggu ini, dan transaksi rencana mana yang maju. Tim melihatnya di samping rencana Senin.</translation>
        </message>
        <message>
            <source>Plan the week {week}</source>
            <translation>Rencanakan minggu {week}</translation>
        </message>
        <message>
            <source>Monday's plan: the calls, meetings and proposals of the week and the rep's open deals to advance. Shared with the team.</source>
            <translation>Rencana Senin: panggilan, pertemuan, dan proposal minggu ini serta transaksi terbuka sales yang akan dimajukan. Dibagikan ke tim.</translation>
        </message>
        <message>
            <source>{measure} ({metric})</source>
            <translation>{measure} ({metric})</translation>
        </message>
        <message>
            <source>{done} of {all}</source>
            <translation>{done} dari {all}</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>{done} dari {planned}</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>belum</translation>
        </message>
        <message>
            <source>done {day}</source>
            <translation>selesai {day}</translation>
        </message>
        <message>
            <source>Who owns the goal</source>
            <translation>Pemilik sasaran</translation>
        </message>
        <message>
            <source>What Repdesk counts for it</source>
            <translation>Yang dihitung Repdesk untuknya</translation>
        </message>
        <message>
            <source>Counted from Repdesk data from the goal's start to the day shown (or its deadline)</source>
            <translation>Dihitung dari data Repdesk sejak awal sasaran hingga hari yang ditampilkan (atau tenggatnya)</translation>
        </message>
        <message>
            <source>Where a straight line from 0 at the start to the target at the deadline is today</source>
            <translation>Posisi garis lurus dari 0 di awal hingga target di tenggat pada hari ini</translation>
        </message>
        <message>
            <source>met: target reached; missed: deadline passed without it; at risk: below 90% of the pace; on track: at or above it</source>
            <translation>tercapai: target tercapai; terlewat: tenggat lewat tanpa tercapai; berisiko: di bawah 90% laju; sesuai jalur: pada atau di atasnya</translation>
        </message>
        <message>
            <source>The goal's steps ticked done, of all its steps</source>
            <translation>Langkah sasaran yang dicentang selesai, dari semua langkahnya</translation>
        </message>
        <message>
            <source>Plan period</source>
            <translation>Periode rencana</translation>
        </message>
        <message>
            <source>Sprint week of</source>
            <translation>Minggu sprint</translation>
        </message>
        <message>
            <source>This level's own target</source>
            <translation>Target level ini sendiri</translation>
        </message>
        <message>
            <source>The targets of the plans one level below, added up (never two currencies as one)</source>
            <translation>Target rencana satu level di bawah, dijumlahkan (tidak pernah dua mata uang sebagai satu)</translation>
        </message>
        <message>
            <source>Own target minus the sum below: positive, the level asks more than its parts plan; negative, its parts plan more</source>
            <translation>Target sendiri dikurangi jumlah di bawah: positif, level ini meminta lebih dari rencana bagiannya; negatif, bagiannya merencanakan lebih</translation>
        </message>
        <message>
            <source>Done of planned (planned only, until Friday's report)</source>
            <translation>Selesai dari rencana (hanya rencana, sampai laporan Jumat)</translation>
        </message>
        <message>
            <source>✓ moved on this week, ✗ did not</source>
            <translation>✓ maju minggu ini, ✗ tidak</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Rencana baru…</translation>
        </message>
        <message>
            <source>Edit plan…</source>
            <translation>Edit rencana…</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Bagi</translation>
        </message>
        <message>
            <source>Split the chosen plan into shorter periods; the parts add up to it exactly and replace an earlier split</source>
            <translation>Bagi rencana terpilih menjadi periode lebih pendek; bagian-bagiannya berjumlah tepat sama dan menggantikan pembagian sebelumnya</translation>
        </message>
        <message>
            <source>New goal…</source>
            <translation>Sasaran baru…</translation>
        </message>
        <message>
            <source>Edit goal…</source>
            <translation>Edit sasaran…</translation>
        </message>
        <message>
            <source>Delete plan…</source>
            <translation>Hapus rencana…</translation>
        </message>
        <message>
            <source>Delete goal…</source>
            <translation>Hapus sasaran…</translation>
        </message>
        <message>
            <source>Plan the week…</source>
            <translation>Rencanakan minggu…</translation>
        </message>
        <message>
            <source>Friday's report…</source>
            <translation>Laporan Jumat…</translation>
        </message>
        <message>
            <source>Targets rolled up: rep → team → company</source>
            <translation>Target digabung: sales → tim → perusahaan</translation>
        </message>
        <message>
            <source>Sprints</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <source>Double-click a row to edit it. Goals are measured from Repdesk data; the weeks are shared with the team. Also: “repdesk plan --help”.</source>
            <translation>Klik dua kali baris untuk mengeditnya. Sasaran diukur dari data Repdesk; minggu dibagikan ke tim. Lihat juga: “repdesk plan --help”.</translation>
        </message>
        <message>
            <source>The plans could not be loaded; try again.</source>
            <translation>Rencana tidak dapat dimuat; coba lagi.</translation>
        </message>
        <message>
            <source>Goals due in {period}: status on {day}</source>
            <translation>Sasaran yang jatuh tempo di {period}: status per {day}</translation>
        </message>
        <message>
            <source>Sprints of the week {week} ({start} – {end})</source>
            <translation>Sprint minggu {week} ({start} – {end})</translation>
        </message>
        <message>
            <source>No plan for {period} that you can see.</source>
            <translation>Tidak ada rencana untuk {period} yang dapat Anda lihat.</translation>
        </message>
        <message>
            <source>Choose a row of a plan in the roll-up first (a team without a plan of its own has none to edit: make one with New plan…).</source>
            <translation>Pilih dahulu baris rencana di gabungan (tim tanpa rencana sendiri tidak punya yang bisa diedit: buat dengan Rencana baru…).</translation>
        </message>
        <message>
            <source>Choose the plan to split in the roll-up first.</source>
            <translation>Pilih dahulu rencana yang akan dibagi di gabungan.</translation>
        </message>
        <message>
            <source>Splitting…</source>
            <translation>Membagi…</translation>
        </message>
        <message>
            <source>Split into {n} parts that add up to the plan.</source>
            <translation>Dibagi menjadi {n} bagian yang berjumlah sama dengan rencana.</translation>
        </message>
        <message>
            <source>Not split: {why}</source>
            <translation>Tidak dibagi: {why}</translation>
        </message>
        <message>
            <source>{owner} {period}</source>
            <translation>{owner} {period}</translation>
        </message>
        <message>
            <source>A goal belongs to a plan: make the period's plan first.</source>
            <translation>Sasaran termasuk dalam rencana: buat rencana periode itu dahulu.</translation>
        </message>
        <message>
            <source>Choose a goal first.</source>
            <translation>Pilih sasaran dahulu.</translation>
        </message>
        <message>
            <source>Choose a plan in the roll-up first.</source>
            <translation>Pilih dulu sebuah rencana di target digabung.</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>Hapus rencana</translation>
        </message>
        <message>
            <source>The plan {period} of {owner} was deleted.</source>
            <translation>Rencana {period} milik {owner} telah dihapus.</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Hapus sasaran</translation>
        </message>
        <message>
            <source>The goal “{title}” was deleted.</source>
            <translation>Sasaran “{title}” telah dihapus.</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Menghapus…</translation>
        </message>
        <message>
            <source>Not deleted: {why}</source>
            <translation>Tidak dihapus: {why}</translation>
        </message>
        <message>
            <source>Reading the open deals…</source>
            <translation>Membaca kesepakatan yang terbuka…</translation>
        </message>
        <message>
            <source>Choose the rep's planned week first: Friday's report follows Monday's plan.</source>
            <translation>Pilih dahulu minggu rencana sales: laporan Jumat mengikuti rencana Senin.</translation>
        </message>
        <message>
            <source>New scorecard</source>
            <translation>Kartu skor baru</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Kartu skor</translation>
        </message>
        <message>
            <source>zeroes the evaluation</source>
            <translation>membuat evaluasi nol</translation>
        </message>
        <message>
            <source>caps the evaluation at</source>
            <translation>membatasi evaluasi pada</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <source>A failed critical question</source>
            <translation>Pertanyaan kritis yang gagal</translation>
        </message>
        <message>
            <source>Save scorecard</source>
            <translation>Simpan kartu skor</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Sapaan</translation>
        </message>
        <message>
            <source>Greeted the customer promptly</source>
            <translation>Menyapa pelanggan dengan cepat</translation>
        </message>
        <message>
            <source>A new scorecard: saving creates version 1.</source>
            <translation>Kartu skor baru: penyimpanan membuat versi 1.</translation>
        </message>
        <message>
            <source>Version {number}, not used yet: changes are saved into it.</source>
            <translation>Versi {number}, belum dipakai: perubahan disimpan ke versi ini.</translation>
        </message>
        <message>
            <source>Scorecard not saved</source>
            <translation>Kartu skor tidak disimpan</translation>
        </message>
        <message>
            <source>Saved as version {number} (a new version).</source>
            <translation>Disimpan sebagai versi {number} (versi baru).</translation>
        </message>
        <message>
            <source>Saved as version {number}.</source>
            <translation>Disimpan sebagai versi {number}.</translation>
        </message>
        <message>
            <source>New evaluation</source>
            <translation>Evaluasi baru</translation>
        </message>
        <message>
            <source>the outside agency's name</source>
            <translation>nama agensi luar</translation>
        </message>
        <message>
            <source>who evaluated (your own name: Company ▸ Users and roles)</source>
            <translation>penilai (Anda: Perusahaan ▸ Pengguna dan peran)</translation>
        </message>
        <message>
            <source>link to the call recording or a file (optional)</source>
            <translation>tautan ke rekaman panggilan atau berkas (opsional)</translation>
        </message>
        <message>
            <source>comments for the rep (optional)</source>
            <translation>komentar untuk sales (opsional)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Evaluator</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Rekaman</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation>Simpan  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save &amp;&amp; next  (Ctrl+Shift+S)</source>
            <translation>Simpan &amp;&amp; lanjut  (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>choose a rep from the list</source>
            <translation>pilih sales dari daftar</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>jawab minimal satu pertanyaan</translation>
        </message>
        <message>
            <source>Saved for {rep} ({count} in this session). Next rep:</source>
            <translation>Disimpan untuk {rep} ({count} di sesi ini). Sales berikutnya:</translation>
        </message>
        <message>
            <source>New evaluation…  (Ctrl+E)</source>
            <translation>Evaluasi baru…  (Ctrl+E)</translation>
        </message>
        <message>
            <source>Import agency results…</source>
            <translation>Impor hasil agensi…</translation>
        </message>
        <message>
            <source>Rep name contains…</source>
            <translation>Nama sales berisi…</translation>
        </message>
        <message>
            <source>All scorecards</source>
            <translation>Semua kartu skor</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>{score} ⚠ critical</source>
            <translation>{score} ⚠ kritis</translation>
        </message>
        <message>
            <source>{count} evaluations match the filter (the latest {limit} shown)</source>
            <translation>{count} evaluasi cocok dengan filter ({limit} terbaru ditampilkan)</translation>
        </message>
        <message>
            <source>{count} most recent evaluations (the latest {limit} shown)</source>
            <translation>{count} evaluasi terbaru ({limit} terbaru ditampilkan)</translation>
        </message>
        <message>
            <source>Evaluation · {rep} · {date}</source>
            <translation>Evaluasi · {rep} · {date}</translation>
        </message>
        <message>
            <source>Comments: {text}</source>
            <translation>Komentar: {text}</translation>
        </message>
        <message>
            <source>Recording: {link}</source>
            <translation>Rekaman: {link}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>part inside each tier</source>
            <translation>bagian dalam tiap jenjang</translation>
        </message>
        <message>
            <source>all of the amount</source>
            <translation>seluruh jumlah</translation>
        </message>
        <message>
            <source>Export (.csv / .xlsx)…</source>
            <translation>Ekspor (.csv / .xlsx)…</translation>
        </message>
        <message>
            <source>Incentive plans…</source>
            <translation>Skema insentif…</translation>
        </message>
        <message>
            <source>Select a rep to see the arithmetic.</source>
            <translation>Pilih sales untuk melihat perhitungannya.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rep}&lt;/b&gt;: {arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rep}&lt;/b&gt;: {arithmetic} → &lt;b&gt;{total}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Export commission</source>
            <translation>Ekspor komisi</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Incentive plans</source>
            <translation>Skema insentif</translation>
        </message>
        <message>
            <source>company default (teams without their own plan)</source>
            <translation>bawaan perusahaan (tim tanpa skema sendiri)</translation>
        </message>
        <message>
            <source> % of won amount (no tiers or no quota)</source>
            <translation> % dari jumlah menang (tanpa jenjang atau kuota)</translation>
        </message>
        <message>
            <source>the part of the won amount inside each tier</source>
            <translation>bagian jumlah menang di dalam tiap jenjang</translation>
        </message>
        <message>
            <source>all of the won amount, at the rate of the tier reached</source>
            <translation>seluruh jumlah menang, dengan tarif jenjang yang dicapai</translation>
        </message>
        <message>
            <source>From % of quota</source>
            <translation>Dari % kuota</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Tarif %</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Ambang</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Tambah jenjang</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>Tambah bonus</translation>
        </message>
        <message>
            <source>Remove selected row</source>
            <translation>Hapus baris terpilih</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Simpan skema</translation>
        </message>
        <message>
            <source>Base rate</source>
            <translation>Tarif dasar</translation>
        </message>
        <message>
            <source>A tier's rate applies to</source>
            <translation>Tarif jenjang berlaku untuk</translation>
        </message>
        <message>
            <source>Tiers (thresholds in % of quota; 50 means half the quota)</source>
            <translation>Jenjang (ambang dalam % kuota; 50 berarti separuh kuota)</translation>
        </message>
        <message>
            <source>Bonuses: attainment and quality in %, deals as a count</source>
            <translation>Bonus: pencapaian dan kualitas dalam %, transaksi sebagai jumlah</translation>
        </message>
        <message>
            <source>row {row}: '{text}' is not a number</source>
            <translation>baris {row}: '{text}' bukan angka</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>all teams</source>
            <translation>semua tim</translation>
        </message>
        <message>
            <source>Assign suggested course</source>
            <translation>Tugaskan kursus saran</translation>
        </message>
        <message>
            <source>Gap: a section below</source>
            <translation>Celah: bagian di bawah</translation>
        </message>
        <message>
            <source>over the last</source>
            <translation>selama</translation>
        </message>
        <message>
            <source>evaluations ·</source>
            <translation>evaluasi terakhir ·</translation>
        </message>
        <message>
            <source>Show rep's trend</source>
            <translation>Tampilkan tren sales</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Bagian</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Rata-rata</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Evaluasi</translation>
        </message>
        <message>
            <source>Suggested course</source>
            <translation>Kursus saran</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kursus</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topik</translation>
        </message>
        <message>
            <source>Sections it trains</source>
            <translation>Bagian yang dilatih</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Mendatang</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>enrolments not completed</comment>
            <translation>Terbuka</translation>
        </message>
        <message>
            <source>Score before</source>
            <translation>Skor sebelum</translation>
        </message>
        <message>
            <source>Score after</source>
            <translation>Skor sesudah</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Jam</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Pelatih</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Ditugaskan</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Sesi baru…</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>Kursus baru…</translation>
        </message>
        <message>
            <source>Score before vs after: each rep's average in the 120 days before completing the course against the 120 days after.</source>
            <translation>Skor sebelum vs sesudah: rata-rata tiap sales dalam 120 hari sebelum menyelesaikan kursus dibandingkan 120 hari sesudahnya.</translation>
        </message>
        <message>
            <source>Courses and their effect</source>
            <translation>Kursus dan dampaknya</translation>
        </message>
        <message>
            <source>Training calendar</source>
            <translation>Kalender pelatihan</translation>
        </message>
        <message>
            <source>Rep's training history</source>
            <translation>Riwayat pelatihan sales</translation>
        </message>
        <message>
            <source>Looking for gaps…</source>
            <translation>Mencari celah…</translation>
        </message>
        <message>
            <source>Gaps could not be read: {reason}</source>
            <translation>Celah tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>— none left: every course for it is taken or none is mapped —</source>
            <translation>— tidak tersisa: semua kursus untuknya sudah diambil atau tidak ada yang dipetakan —</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; course(s) just assigned.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; kursus baru saja ditugaskan.</numerusform>
            </translation>
        </message>
        <message>
            <source>{gaps} for {reps}, weakest first. Select rows and assign (or double-click one).</source>
            <translation>{gaps} untuk {reps}, terlemah dahulu. Pilih baris lalu tugaskan (atau klik dua kali).</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Jarak jauh</translation>
        </message>
        <message>
            <source>Training history · {rep}</source>
            <translation>Riwayat pelatihan · {rep}</translation>
        </message>
        <message>
            <source>Record an outcome</source>
            <translation>Catat hasil</translation>
        </message>
        <message>
            <source>Select a course in the rep's training history.</source>
            <translation>Pilih kursus di riwayat pelatihan sales.</translation>
        </message>
        <message>
            <source>Assign a course</source>
            <translation>Tugaskan kursus</translation>
        </message>
        <message>
            <source>Select gaps that have a suggested course.</source>
            <translation>Pilih celah yang memiliki kursus saran.</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Tidak ditugaskan</translation>
        </message>
        <message>
            <source>Export training calendar</source>
            <translation>Ekspor kalender pelatihan</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>Kursus baru</translation>
        </message>
        <message>
            <source>product knowledge</source>
            <translation>pengetahuan produk</translation>
        </message>
        <message>
            <source>competitive intelligence</source>
            <translation>intelijen persaingan</translation>
        </message>
        <message>
            <source>prospecting</source>
            <translation>prospecting</translation>
        </message>
        <message>
            <source>opportunity management</source>
            <translation>manajemen peluang</translation>
        </message>
        <message>
            <source>territory planning</source>
            <translation>perencanaan wilayah</translation>
        </message>
        <message>
            <source>professional communication</source>
            <translation>komunikasi profesional</translation>
        </message>
        <message>
            <source>sales standards</source>
            <translation>standar penjualan</translation>
        </message>
        <message>
            <source> h</source>
            <comment>hours</comment>
            <translation> jam</translation>
        </message>
        <message>
            <source>Scorecard sections it trains
(gaps there suggest it)</source>
            <translation>Bagian kartu skor yang dilatih
(celah di sana menyarankannya)</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>Sesi pelatihan baru</translation>
        </message>
        <message>
            <source>a room, or the meeting link</source>
            <translation>ruangan, atau tautan rapat</translation>
        </message>
        <message>
            <source>open to every team</source>
            <translation>terbuka untuk semua tim</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>tanpa batas</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Kursi</translation>
        </message>
        <message>
            <source>Add a course to the catalogue first.</source>
            <translation>Tambahkan kursus ke katalog dahulu.</translation>
        </message>
        <message>
            <source>Outcome · {course}</source>
            <translation>Hasil · {course}</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Selesai pada</translation>
        </message>
        <message>
            <source>no test</source>
            <translation>tanpa tes</translation>
        </message>
        <message>
            <source>Assessment score</source>
            <translation>Skor penilaian</translation>
        </message>
        <message>
            <source>{points} pts</source>
            <translation>{points} poin</translation>
        </message>
        <message>
            <source>last {count} months</source>
            <translation>{count} bulan terakhir</translation>
        </message>
        <message>
            <source>Rep average</source>
            <translation>Rata-rata sales</translation>
        </message>
        <message>
            <source>Team average</source>
            <translation>Rata-rata tim</translation>
        </message>
        <message>
            <source>Rep vs team</source>
            <translation>Sales vs tim</translation>
        </message>
        <message>
            <source>The trend could not be read: {reason}</source>
            <translation>Tren tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>No evaluations yet: record one on the Evaluations tab.</source>
            <translation>Belum ada evaluasi: catat di tab Evaluasi.</translation>
        </message>
        <message>
            <source>— overall only —</source>
            <translation>— hanya keseluruhan —</translation>
        </message>
        <message>
            <source>{rep} · {team} · weakest sections: {sections}</source>
            <translation>{rep} · {team} · bagian terlemah: {sections}</translation>
        </message>
        <message>
            <source>no team</source>
            <translation>tanpa tim</translation>
        </message>
        <message>
            <source>Rep overall</source>
            <translation>Sales keseluruhan</translation>
        </message>
        <message>
            <source>Team overall</source>
            <translation>Tim keseluruhan</translation>
        </message>
        <message>
            <source>Rep · {section}</source>
            <translation>Sales · {section}</translation>
        </message>
        <message>
            <source>Team · {section}</source>
            <translation>Tim · {section}</translation>
        </message>
        <message>
            <source>Monthly average score</source>
            <translation>Skor rata-rata bulanan</translation>
        </message>
        <message>
            <source>per team</source>
            <translation>per tim</translation>
        </message>
        <message>
            <source>per territory</source>
            <translation>per wilayah</translation>
        </message>
        <message>
            <source>per wave of mystery shops</source>
            <translation>per gelombang mystery shopping</translation>
        </message>
        <message>
            <source>Put on the honour roll</source>
            <translation>Masukkan ke daftar kehormatan</translation>
        </message>
        <message>
            <source>League table</source>
            <translation>Klasemen</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Urutan</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grup</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Terbaik</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>Terburuk</translation>
        </message>
        <message>
            <source>Critical fails</source>
            <translation>Gagal kritis</translation>
        </message>
        <message>
            <source>all</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>&lt;b&gt;Honour roll:&lt;/b&gt; nobody yet.</source>
            <translation>&lt;b&gt;Daftar kehormatan:&lt;/b&gt; belum ada.</translation>
        </message>
        <message>
            <source>Honour roll</source>
            <translation>Daftar kehormatan</translation>
        </message>
        <message>
            <source>Edit rep…</source>
            <translation>Edit sales…</translation>
        </message>
        <message>
            <source>Full history…</source>
            <translation>Riwayat lengkap…</translation>
        </message>
        <message>
            <source>Every change of this rep (Ctrl+H)</source>
            <translation>Semua perubahan sales ini (Ctrl+H)</translation>
        </message>
        <message>
            <source>Not available: {reason}</source>
            <translation>Tidak tersedia: {reason}</translation>
        </message>
        <message>
            <source>{metric}, week by week</source>
            <translation>{metric}, per minggu</translation>
        </message>
        <message>
            <source>Rep {id}</source>
            <translation>Sales {id}</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>tanpa target</translation>
        </message>
        <message>
            <source>from {agency}</source>
            <translation>dari {agency}</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manajer</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Direkrut</translation>
        </message>
        <message>
            <source>Left</source>
            <comment>left the company</comment>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>terverifikasi</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>belum terverifikasi</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Home base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona waktu</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Dirujuk oleh</translation>
        </message>
        <message>
            <source>Prior results</source>
            <translation>Hasil lalu</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Builder — opens new accounts and territory</source>
            <translation>Builder — membuka akun dan wilayah baru</translation>
        </message>
        <message>
            <source>Producer — grows existing accounts</source>
            <translation>Producer — mengembangkan akun yang ada</translation>
        </message>
        <message>
            <source>Probation rule:</source>
            <translation>Aturan masa percobaan:</translation>
        </message>
        <message>
            <source>Not flagged by the probation rule.</source>
            <translation>Tidak ditandai oleh aturan masa percobaan.</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>Orientasi</translation>
        </message>
        <message>
            <source>{done} of {count} done</source>
            <translation>{done} dari {count} selesai</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>terlambat</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Improvement plan</source>
            <translation>Rencana perbaikan</translation>
        </message>
        <message>
            <source>No improvement plan.</source>
            <translation>Tidak ada rencana perbaikan.</translation>
        </message>
        <message>
            <source>so far</source>
            <translation>sejauh ini</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kuartal</translation>
        </message>
        <message>
            <source>No key numbers or goals this quarter.</source>
            <translation>Tidak ada angka kunci atau sasaran kuartal ini.</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Sejauh ini</translation>
        </message>
        <message>
            <source>{open} · {won} · {lost} this quarter</source>
            <translation>{open} · {won} · {lost} kuartal ini</translation>
        </message>
        <message>
            <source>{n} open</source>
            <translation>{n} terbuka</translation>
        </message>
        <message>
            <source>{n} won</source>
            <translation>{n} menang</translation>
        </message>
        <message>
            <source>{n} lost</source>
            <translation>{n} kalah</translation>
        </message>
        <message>
            <source>Close</source>
            <comment>close date</comment>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>and {n} more on the board</source>
            <translation>dan {n} lainnya di papan</translation>
        </message>
        <message>
            <source>Next:</source>
            <translation>Berikutnya:</translation>
        </message>
        <message>
            <source>No one-on-one scheduled.</source>
            <translation>Tidak ada one-on-one terjadwal.</translation>
        </message>
        <message>
            <source>numbers not recovered</source>
            <translation>angka tidak pulih</translation>
        </message>
        <message>
            <source>No one-on-one held yet.</source>
            <translation>Belum ada one-on-one.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Belum ada penilaian.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Siklus</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Penilai</translation>
        </message>
        <message>
            <source>No evaluations in the last twelve months.</source>
            <translation>Tidak ada evaluasi dalam dua belas bulan terakhir.</translation>
        </message>
        <message>
            <source>Section (weakest first)</source>
            <translation>Bagian (terlemah dahulu)</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Celah</translation>
        </message>
        <message>
            <source>No training assigned.</source>
            <translation>Tidak ada pelatihan ditugaskan.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Base salary</source>
            <translation>Gaji pokok</translation>
        </message>
        <message>
            <source>Own commission rate</source>
            <translation>Tarif komisi sendiri</translation>
        </message>
        <message>
            <source>No commission this quarter: no won deals and no quota.</source>
            <translation>Tidak ada komisi kuartal ini: tidak ada transaksi menang dan tidak ada kuota.</translation>
        </message>
        <message>
            <source>{period} ({plan}): won {won}, commission {commission}</source>
            <translation>{period} ({plan}): menang {won}, komisi {commission}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>On</source>
            <comment>the amount a rate applies to</comment>
            <translation>Atas</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Komisi</translation>
        </message>
        <message>
            <source>No recorded changes.</source>
            <translation>Tidak ada perubahan tercatat.</translation>
        </message>
        <message>
            <source>created</source>
            <translation>dibuat</translation>
        </message>
        <message>
            <source>Choose a review on the left.</source>
            <translation>Pilih penilaian di sebelah kiri.</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Bobot</translation>
        </message>
        <message>
            <source>Figure of the quarter</source>
            <translation>Angka kuartal</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Saran</translation>
        </message>
        <message>
            <source>Overall rating: –</source>
            <translation>Nilai keseluruhan: –</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Ubah manual</translation>
        </message>
        <message>
            <source>Reason for the override (required)</source>
            <translation>Alasan perubahan manual (wajib)</translation>
        </message>
        <message>
            <source>Figures against target</source>
            <translation>Angka vs target</translation>
        </message>
        <message>
            <source>Trend of the quarter</source>
            <translation>Tren kuartal</translation>
        </message>
        <message>
            <source>The rep's own comments, entered when they acknowledge the review</source>
            <translation>Komentar sales sendiri, diisi saat menyetujui penilaian</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Kekuatan</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>Perlu ditingkatkan</translation>
        </message>
        <message>
            <source>SMART goal (specific)</source>
            <translation>Sasaran SMART</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>Diukur dengan</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Goals for next quarter</source>
            <translation>Sasaran kuartal berikutnya</translation>
        </message>
        <message>
            <source>Rep's comments</source>
            <translation>Komentar sales</translation>
        </message>
        <message>
            <source>Pay and decision (HR only)</source>
            <translation>Gaji dan keputusan (khusus HR)</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Catat keputusan</translation>
        </message>
        <message>
            <source>Current pay</source>
            <translation>Gaji saat ini</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Keputusan</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Kirim</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>Kembalikan ke draf</translation>
        </message>
        <message>
            <source>Rep acknowledges</source>
            <translation>Sales menyetujui</translation>
        </message>
        <message>
            <source>Close review</source>
            <translation>Tutup penilaian</translation>
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
            <translation>Penilai {name}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>closed {date}</source>
            <translation>ditutup {date}</translation>
        </message>
        <message>
            <source>Rated by the reviewer</source>
            <translation>Dinilai oleh penilai</translation>
        </message>
        <message>
            <source>Not available yet: {reason}</source>
            <translation>Belum tersedia: {reason}</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Tidak berlaku</translation>
        </message>
        <message>
            <source>This review is closed and read-only.</source>
            <translation>Penilaian ini sudah ditutup dan hanya-baca.</translation>
        </message>
        <message>
            <source>Previous review {cycle}: {rating} ({status}).</source>
            <translation>Penilaian sebelumnya {cycle}: {rating} ({status}).</translation>
        </message>
        <message>
            <source>No previous review.</source>
            <translation>Tidak ada penilaian sebelumnya.</translation>
        </message>
        <message>
            <source>One-on-ones this quarter: {held} held of {count}.</source>
            <translation>One-on-one kuartal ini: {held} diadakan dari {count}.</translation>
        </message>
        <message>
            <source>No one-on-ones recorded this quarter.</source>
            <translation>Tidak ada one-on-one tercatat kuartal ini.</translation>
        </message>
        <message>
            <source>Goals for this quarter: {goals}.</source>
            <translation>Sasaran kuartal ini: {goals}.</translation>
        </message>
        <message>
            <source>{goal} ({target} by {deadline})</source>
            <translation>{goal} ({target} paling lambat {deadline})</translation>
        </message>
        <message>
            <source>Improvement plan ({days} days from {start}, {outcome}): {progress}</source>
            <translation>Rencana perbaikan ({days} hari sejak {start}, {outcome}): {progress}</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>Angka kunci</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Kualitas</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% target</translation>
        </message>
        <message>
            <source>{base} base, commission {rate}</source>
            <translation>Pokok {base}, komisi {rate}</translation>
        </message>
        <message>
            <source>{base} base</source>
            <translation>Pokok {base}</translation>
        </message>
        <message>
            <source>Overall rating (from the weights): {rating}</source>
            <translation>Nilai keseluruhan (dari bobot): {rating}</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this review. Your edits are still here; Save checks them against the current version.</source>
            <translation>Tidak disimpan: orang lain mengubah penilaian ini. Perubahan Anda masih ada; Simpan akan memeriksanya terhadap versi terkini.</translation>
        </message>
        <message>
            <source>Reloaded: the form shows the review as saved now.</source>
            <translation>Dimuat ulang: formulir menampilkan penilaian seperti tersimpan sekarang.</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {reason}</source>
            <translation>Tidak dapat memuat ulang; perubahan Anda tetap ada. {reason}</translation>
        </message>
        <message>
            <source>{action}…</source>
            <translation>{action}…</translation>
        </message>
        <message>
            <source>Review submitted.</source>
            <translation>Penilaian dikirim.</translation>
        </message>
        <message>
            <source>Review returned.</source>
            <translation>Penilaian dikembalikan.</translation>
        </message>
        <message>
            <source>Review acknowledged.</source>
            <translation>Penilaian disetujui.</translation>
        </message>
        <message>
            <source>Review closed.</source>
            <translation>Penilaian ditutup.</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Selesai.</translation>
        </message>
        <message>
            <source>Not done: someone else changed this review meanwhile.</source>
            <translation>Tidak dilakukan: orang lain mengubah penilaian ini sementara itu.</translation>
        </message>
        <message>
            <source>Pay decision recorded.</source>
            <translation>Keputusan gaji dicatat.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <source>Goals of the sales plan due in the quarter</source>
            <translation>Sasaran rencana penjualan yang jatuh tempo di kuartal ini</translation>
        </message>
        <message>
            <source>The goals of the sales plan could not be read: {why}</source>
            <translation>Sasaran rencana penjualan tidak dapat dibaca: {why}</translation>
        </message>
        <message>
            <source>No goal of the rep's sales plan was due in this quarter.</source>
            <translation>Tidak ada sasaran rencana penjualan sales ini yang jatuh tempo kuartal ini.</translation>
        </message>
        <message>
            <source>{met} of {all} met (the rep's own plan's goals with their deadline in this quarter, measured from Repdesk data).</source>
            <translation>{met} dari {all} tercapai (sasaran rencana sales sendiri yang tenggatnya di kuartal ini, diukur dari data Repdesk).</translation>
        </message>
        <message>
            <source>New cycle…</source>
            <translation>Siklus baru…</translation>
        </message>
        <message>
            <source>PDFs for the list…</source>
            <translation>PDF untuk daftar…</translation>
        </message>
        <message>
            <source>Team summary PDF…</source>
            <translation>PDF ringkasan tim…</translation>
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
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Rencana</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Buka PDF</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Buka folder</translation>
        </message>
        <message>
            <source>Put on improvement plan…</source>
            <translation>Masukkan ke rencana perbaikan…</translation>
        </message>
        <message>
            <source>Loading the reviews…</source>
            <translation>Memuat penilaian…</translation>
        </message>
        <message>
            <source>Could not load the reviews: {reason}</source>
            <translation>Penilaian tidak dapat dimuat: {reason}</translation>
        </message>
        <message>
            <source>on plan</source>
            <translation>dalam rencana</translation>
        </message>
        <message>
            <source>{n} {status}</source>
            <translation>{n} {status}</translation>
        </message>
        <message>
            <source>No reviews in this cycle for this team.</source>
            <translation>Tidak ada penilaian di siklus ini untuk tim ini.</translation>
        </message>
        <message>
            <source>New review cycle</source>
            <translation>Siklus penilaian baru</translation>
        </message>
        <message>
            <source>Quarter (draft reviews for {scope}):</source>
            <translation>Kuartal (draf penilaian untuk {scope}):</translation>
        </message>
        <message>
            <source>Review {cycle}: rated {rating}.</source>
            <translation>Penilaian {cycle}: bernilai {rating}.</translation>
        </message>
        <message>
            <source>Review {cycle}: not rated yet.</source>
            <translation>Penilaian {cycle}: belum dinilai.</translation>
        </message>
        <message>
            <source>Folder for the PDFs</source>
            <translation>Folder untuk PDF</translation>
        </message>
        <message>
            <source>Failed: {list}.</source>
            <translation>Gagal: {list}.</translation>
        </message>
        <message>
            <source>Cancelled: no PDFs were kept.</source>
            <translation>Dibatalkan: tidak ada PDF yang disimpan.</translation>
        </message>
        <message>
            <source>Review PDFs</source>
            <translation>PDF penilaian</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>{path} ditulis.</translation>
        </message>
        <message>
            <source>Reading the cycle…</source>
            <translation>Membaca siklus…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Writing the team summary…</source>
            <translation>Menulis ringkasan tim…</translation>
        </message>
        <message>
            <source>Improvement plan: {rep}</source>
            <translation>Rencana perbaikan: {rep}</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} hari</translation>
        </message>
        <message>
            <source>The key number measured each week (its key, e.g. calls)</source>
            <translation>Angka kunci yang diukur tiap minggu (kuncinya, mis. calls)</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>Target mingguan</translation>
        </message>
        <message>
            <source>Check-ins are scheduled every two weeks.</source>
            <translation>Check-in dijadwalkan setiap dua minggu.</translation>
        </message>
        <message>
            <source>Export reps</source>
            <translation>Ekspor sales</translation>
        </message>
        <message>
            <source>Reps exported</source>
            <translation>Sales diekspor</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Ekspor gagal</translation>
        </message>
        <message>
            <source>Exporting reps…</source>
            <translation>Mengekspor sales…</translation>
        </message>
        <message>
            <source>Search name, email, territory, agency…</source>
            <translation>Cari nama, e-mail, wilayah, agensi…</translation>
        </message>
        <message>
            <source>Below quota for the team's probation rule, or onboarding overdue</source>
            <translation>Di bawah kuota menurut aturan masa percobaan tim, atau orientasi terlambat</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>All work modes</source>
            <translation>Semua mode</translation>
        </message>
        <message>
            <source>All employment</source>
            <translation>Semua kontrak</translation>
        </message>
        <message>
            <source>Add rep…</source>
            <translation>Tambah sales…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Impor…</translation>
        </message>
        <message>
            <source>Probation rule…</source>
            <translation>Masa percobaan…</translation>
        </message>
        <message>
            <source>Quarters below quota, in a row, before a rep of the chosen team is flagged</source>
            <translation>Jumlah kuartal berturut-turut di bawah kuota sebelum sales tim terpilih ditandai</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Loading the roster…</source>
            <translation>Memuat daftar sales…</translation>
        </message>
        <message>
            <source>{action} {what}</source>
            <comment>undo or redo, then what</comment>
            <translation>{action} {what}</translation>
        </message>
        <message>
            <source>Could not load the roster: {problem}</source>
            <translation>Daftar sales tidak dapat dimuat: {problem}</translation>
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;{n} on quota watch&lt;/span&gt; (below quota the team's number of quarters in a row)</source>
            <translation>&lt;span style='color:#b3261e'&gt;{n} dalam pantauan kuota&lt;/span&gt; (aturan tim)</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Atur ulang kolom</translation>
        </message>
        <message>
            <source>Probation rule</source>
            <translation>Aturan masa percobaan</translation>
        </message>
        <message>
            <source>{team}: flag reps below quota this many quarters in a row (0: never)</source>
            <translation>{team}: tandai sales di bawah kuota sebanyak ini kuartal berturut-turut (0: tidak pernah)</translation>
        </message>
        <message>
            <source>Select a territory to see and set its quota.</source>
            <translation>Pilih wilayah untuk melihat dan menetapkan kuotanya.</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Tahun {year}</translation>
        </message>
        <message>
            <source>Money (won amount)</source>
            <translation>Uang (jumlah menang)</translation>
        </message>
        <message>
            <source>Won deals (count)</source>
            <translation>Transaksi menang (jumlah)</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>jumlah</translation>
        </message>
        <message>
            <source>Save quota</source>
            <translation>Simpan kuota</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>per kuartal</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>per bulan</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>per minggu</translation>
        </message>
        <message>
            <source>weights, e.g. 1,1,1,2</source>
            <translation>bobot, mis. 1,1,1,2</translation>
        </message>
        <message>
            <source>Empty: split evenly; or seasonal weights, e.g. 1,1,1,2</source>
            <translation>Kosong: dibagi rata; atau bobot musiman, mis. 1,1,1,2</translation>
        </message>
        <message>
            <source>Share of the quota</source>
            <translation>Porsi kuota</translation>
        </message>
        <message>
            <source>Share evenly</source>
            <translation>Bagi rata</translation>
        </message>
        <message>
            <source>Save allocation</source>
            <translation>Simpan alokasi</translation>
        </message>
        <message>
            <source>Measured in</source>
            <translation>Diukur dalam</translation>
        </message>
        <message>
            <source>Territory quota</source>
            <translation>Kuota wilayah</translation>
        </message>
        <message>
            <source>&lt;b&gt;Allocation to the reps covering the territory&lt;/b&gt;</source>
            <translation>&lt;b&gt;Alokasi ke sales yang menangani wilayah ini&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: quota, split and allocation</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: kuota, pembagian, dan alokasi</translation>
        </message>
        <message>
            <source>Split: {parts}</source>
            <translation>Pembagian: {parts}</translation>
        </message>
        <message>
            <source>Not a valid amount for: {names}</source>
            <translation>Jumlah tidak valid untuk: {names}</translation>
        </message>
        <message>
            <source>Allocated {total}; the territory has no quota for this period.</source>
            <translation>Dialokasikan {total}; wilayah ini tidak punya kuota untuk periode ini.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: it adds up.</source>
            <translation>Dialokasikan {total} dari {quota}: jumlahnya pas.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} not allocated.</source>
            <translation>Dialokasikan {total} dari {quota}: {gap} belum dialokasikan.</translation>
        </message>
        <message>
            <source>Allocated {total} of {quota}: {gap} allocated beyond the territory's quota.</source>
            <translation>Dialokasikan {total} dari {quota}: {gap} melebihi kuota wilayah.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>“{text}” bukan jumlah.</translation>
        </message>
        <message>
            <source>Not split</source>
            <translation>Tidak dibagi</translation>
        </message>
        <message>
            <source>“{text}” is not a list of weights.</source>
            <translation>“{text}” bukan daftar bobot.</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <source>Add a rep</source>
            <translation>Tambah sales</translation>
        </message>
        <message>
            <source>— no team —</source>
            <translation>— tanpa tim —</translation>
        </message>
        <message>
            <source>known</source>
            <comment>hire date</comment>
            <translation>diketahui</translation>
        </message>
        <message>
            <source>has left</source>
            <translation>sudah keluar</translation>
        </message>
        <message>
            <source>The language this rep's review PDF is printed in: its labels, dates and numbers. Comments stay as written. Company default: the language of whoever prints it.</source>
            <translation>Bahasa cetak PDF penilaian sales ini: label, tanggal, dan angkanya. Komentar tetap seperti ditulis. Bawaan perusahaan: bahasa orang yang mencetak.</translation>
        </message>
        <message>
            <source>Full name *</source>
            <translation>Nama lengkap *</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nama panggilan</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>Mode kerja</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Kepegawaian</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Tgl. rekrut</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Tgl. berakhir</translation>
        </message>
        <message>
            <source>Review language</source>
            <translation>Bahasa penilaian</translation>
        </message>
        <message>
            <source>Hiring</source>
            <translation>Rekrutmen</translation>
        </message>
        <message>
            <source>e.g. referred by a rep, job board, agency</source>
            <translation>mis. dirujuk sales, situs lowongan, agensi</translation>
        </message>
        <message>
            <source>How: reference call, payslips, W-2…</source>
            <translation>Cara: telepon referensi, slip gaji, W-2…</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— belum diatur —</translation>
        </message>
        <message>
            <source>Builder — opens new accounts</source>
            <translation>Builder — membuka akun baru</translation>
        </message>
        <message>
            <source>Compensation (visible to HR and admins only)</source>
            <translation>Kompensasi (hanya terlihat oleh HR dan admin)</translation>
        </message>
        <message>
            <source>e.g. 5%</source>
            <translation>mis. 5%</translation>
        </message>
        <message>
            <source>Commission rate</source>
            <translation>Tarif komisi</translation>
        </message>
        <message>
            <source>Onboarding checklist</source>
            <translation>Daftar periksa orientasi</translation>
        </message>
        <message>
            <source>{item} — with the {whom}, due {date}</source>
            <translation>{item} — dengan {whom}, jatuh tempo {date}</translation>
        </message>
        <message>
            <source>rep</source>
            <comment>onboarding: with the rep</comment>
            <translation>sales</translation>
        </message>
        <message>
            <source>{item}  (overdue)</source>
            <translation>{item}  (terlambat)</translation>
        </message>
        <message>
            <source>Please correct the marked fields.</source>
            <translation>Perbaiki kolom yang ditandai.</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Tidak disimpan: {problem}</translation>
        </message>
        <message>
            <source>Reloaded: the fields show the rep as saved now. Make your change again if it is still needed.</source>
            <translation>Dimuat ulang: kolom menampilkan sales seperti tersimpan sekarang. Ulangi perubahan Anda jika masih diperlukan.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this rep. Your edits are still here; saving again checks them against the current version.</source>
            <translation>Tidak disimpan: orang lain mengubah sales ini. Perubahan Anda masih ada; menyimpan lagi akan memeriksanya terhadap versi terkini.</translation>
        </message>
        <message>
            <source>Could not reload; your edits are kept. {problem}</source>
            <translation>Tidak dapat memuat ulang; perubahan Anda tetap ada. {problem}</translation>
        </message>
        <message>
            <source>Stopping the save…</source>
            <translation>Menghentikan penyimpanan…</translation>
        </message>
        <message>
            <source>{days} d</source>
            <comment>tenure in days</comment>
            <translation>{days} h</translation>
        </message>
        <message>
            <source>{years} y {months} m</source>
            <comment>tenure</comment>
            <translation>{years} th {months} bl</translation>
        </message>
        <message>
            <source>{months} m</source>
            <comment>tenure in months</comment>
            <translation>{months} bl</translation>
        </message>
        <message>
            <source>Agency: {agency}</source>
            <translation>Agensi: {agency}</translation>
        </message>
        <message>
            <source>Won / quota for {quarter}: {percent}</source>
            <translation>Menang / kuota {quarter}: {percent}</translation>
        </message>
        <message>
            <source>{n} overdue</source>
            <comment>onboarding items</comment>
            <translation>{n} terlambat</translation>
        </message>
        <message>
            <source>The rep's status; '{note}': below quota the team's number of completed quarters in a row and not at quota yet this quarter (the probation rule)</source>
            <translation>Status sales; '{note}': di bawah kuota sebanyak kuartal selesai berturut-turut yang ditetapkan tim dan belum mencapai kuota kuartal ini (aturan masa percobaan)</translation>
        </message>
        <message>
            <source>Time since the hire date (d: days, m: months, y: years)</source>
            <translation>Waktu sejak tanggal rekrut (h: hari, bl: bulan, th: tahun)</translation>
        </message>
        <message>
            <source>Won deals (by close date) ÷ the rep's quota for {quarter}; green at 100%, blue from 75%, yellow from 50%, red below</source>
            <translation>Transaksi menang (menurut tgl. tutup) ÷ kuota sales untuk {quarter}; hijau pada 100%, biru mulai 75%, kuning mulai 50%, merah di bawahnya</translation>
        </message>
        <message>
            <source>The next one-on-one scheduled with the rep</source>
            <translation>One-on-one berikutnya yang dijadwalkan dengan sales</translation>
        </message>
        <message>
            <source>Onboarding checklist items past their due date</source>
            <translation>Item daftar periksa orientasi yang lewat jatuh tempo</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Tambah {name}</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nama perusahaan</translation>
        </message>
        <message>
            <source>Currency *</source>
            <translation>Mata uang *</translation>
        </message>
        <message>
            <source>the currency totals are shown in: USD, PHP…</source>
            <translation>mata uang untuk menampilkan total: USD, IDR…</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Tahun fiskal mulai pada</translation>
        </message>
        <message>
            <source>Week starts on</source>
            <translation>Minggu mulai pada</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Hari kerja</translation>
        </message>
        <message>
            <source>e.g. Asia/Manila</source>
            <translation>mis. Asia/Jakarta</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Pengaturan perusahaan</translation>
        </message>
        <message>
            <source>Totals in several currencies are converted to the company currency with the exchange rates (Company ▸ Exchange rates).</source>
            <translation>Total dalam beberapa mata uang dikonversi ke mata uang perusahaan dengan kurs (Perusahaan ▸ Kurs).</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>kurs</translation>
        </message>
        <message>
            <source>One unit is worth</source>
            <translation>Satu unit bernilai</translation>
        </message>
        <message>
            <source>{rate} in the company currency</source>
            <translation>{rate} dalam mata uang perusahaan</translation>
        </message>
        <message>
            <source>EUR, PHP, IDR…</source>
            <translation>EUR, PHP, IDR…</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>Dari *</translation>
        </message>
        <message>
            <source>Rate *</source>
            <translation>Kurs *</translation>
        </message>
        <message>
            <source>units of the company currency for one unit</source>
            <translation>unit mata uang perusahaan untuk satu unit</translation>
        </message>
        <message>
            <source>{currency} from {day}</source>
            <translation>{currency} mulai {day}</translation>
        </message>
        <message>
            <source>rates</source>
            <translation>kurs</translation>
        </message>
        <message>
            <source>What one unit of each currency is worth in the company currency, from a day on.</source>
            <translation>Nilai satu unit tiap mata uang dalam mata uang perusahaan, mulai suatu hari.</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Pengguna dan peran</translation>
        </message>
        <message>
            <source>user</source>
            <translation>pengguna</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>dinonaktifkan</translation>
        </message>
        <message>
            <source>Login *</source>
            <translation>Login *</translation>
        </message>
        <message>
            <source>their database login on a server</source>
            <translation>login basis data mereka di server</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>a new server login only; leave empty to set it later</source>
            <translation>hanya untuk login server baru; kosongkan untuk diatur nanti</translation>
        </message>
        <message>
            <source>— all teams —</source>
            <translation>— semua tim —</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <source>users</source>
            <translation>pengguna</translation>
        </message>
        <message>
            <source>Who may sign in, and as what: admins set up everything, sales managers run one team, HR sees pay, trainers see quality and training. On a PostgreSQL server this creates the person's own login, as `repdesk db grant` does.</source>
            <translation>Siapa yang boleh masuk, dan sebagai apa: admin mengatur semuanya, manajer penjualan menjalankan satu tim, HR melihat gaji, pelatih melihat kualitas dan pelatihan. Di server PostgreSQL ini membuat login orang tersebut, seperti `repdesk db grant`.</translation>
        </message>
        <message>
            <source>Members — {team}</source>
            <translation>Anggota — {team}</translation>
        </message>
        <message>
            <source>Add to team</source>
            <translation>Tambah ke tim</translation>
        </message>
        <message>
            <source>Take out of team</source>
            <translation>Keluarkan dari tim</translation>
        </message>
        <message>
            <source>&lt;b&gt;{team}&lt;/b&gt; — its current reps</source>
            <translation>&lt;b&gt;{team}&lt;/b&gt; — sales saat ini</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>— every team (or by country) —</source>
            <translation>— semua tim (atau per negara) —</translation>
        </message>
        <message>
            <source>teams in {country}</source>
            <translation>tim di {country}</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>semua orang</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Hari libur nasional</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>hari libur</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Hari libur</translation>
        </message>
        <message>
            <source>Day *</source>
            <translation>Hari *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nama *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: for the teams there</source>
            <translation>dua huruf, mis. ID: untuk tim di sana</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>Hanya untuk</translation>
        </message>
        <message>
            <source>holidays</source>
            <translation>hari libur</translation>
        </message>
        <message>
            <source>Days nobody is expected to work: goals, run rates and the no-numbers alert skip them. For everyone, for the teams of one country, or for one team.</source>
            <translation>Hari tanpa kewajiban bekerja: sasaran, laju, dan peringatan angka kosong melewatinya. Untuk semua orang, untuk tim satu negara, atau untuk satu tim.</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Judul *</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage *</source>
            <translation>Tahap *</translation>
        </message>
        <message>
            <source>e.g. 25000</source>
            <translation>mis. 25000</translation>
        </message>
        <message>
            <source>USD, PHP, IDR, EUR…</source>
            <translation>USD, PHP, IDR, EUR…</translation>
        </message>
        <message>
            <source>— pick a rep —</source>
            <translation>— pilih sales —</translation>
        </message>
        <message>
            <source>deal</source>
            <translation>transaksi</translation>
        </message>
        <message>
            <source>deals</source>
            <translation>transaksi</translation>
        </message>
        <message>
            <source>Search deal titles and accounts…</source>
            <translation>Cari judul transaksi dan akun…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Bagi…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Serahkan…</translation>
        </message>
        <message>
            <source>Give this rep's open deals (or the selected one) to another rep</source>
            <translation>Berikan transaksi terbuka sales ini (atau yang terpilih) ke sales lain</translation>
        </message>
        <message>
            <source>Deals of</source>
            <translation>Transaksi dari</translation>
        </message>
        <message>
            <source>Every rep (newest first)</source>
            <translation>Semua sales (terbaru dahulu)</translation>
        </message>
        <message>
            <source>newest &lt;b&gt;{count}&lt;/b&gt; shown</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; terbaru ditampilkan</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Transaksi baru</translation>
        </message>
        <message>
            <source>Edit deal — {title}</source>
            <translation>Edit transaksi — {title}</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Hapus transaksi</translation>
        </message>
        <message>
            <source>Delete the deal “{title}” with its notes and stage history?

Undo (Ctrl+Z) or an admin's restore in its history brings it back.</source>
            <translation>Hapus transaksi “{title}” beserta catatan dan riwayat tahapnya?

Urungkan (Ctrl+Z) atau pemulihan admin di riwayatnya akan mengembalikannya.</translation>
        </message>
        <message>
            <source>Split deal</source>
            <translation>Bagi transaksi</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}” bukan angka.</translation>
        </message>
        <message>
            <source>{handed_over} {skipped}</source>
            <translation>{handed_over} {skipped}</translation>
        </message>
        <message>
            <source>Hand over deals</source>
            <translation>Serahkan transaksi</translation>
        </message>
        <message>
            <source>Split — {title}</source>
            <translation>Bagi — {title}</translation>
        </message>
        <message>
            <source>less than {amount}</source>
            <translation>kurang dari {amount}</translation>
        </message>
        <message>
            <source>{title} (split)</source>
            <translation>{title} (bagian)</translation>
        </message>
        <message>
            <source>Split part of this deal off into a new deal in the same stage.</source>
            <translation>Pisahkan sebagian transaksi ini menjadi transaksi baru di tahap yang sama.</translation>
        </message>
        <message>
            <source>Amount to split off</source>
            <translation>Jumlah yang dipisahkan</translation>
        </message>
        <message>
            <source>New deal's title</source>
            <translation>Judul transaksi baru</translation>
        </message>
        <message>
            <source>New deal's rep</source>
            <translation>Sales transaksi baru</translation>
        </message>
        <message>
            <source>rep {number}</source>
            <translation>sales {number}</translation>
        </message>
        <message>
            <source>Hand over {name}'s deals</source>
            <translation>Serahkan transaksi {name}</translation>
        </message>
        <message>
            <source>only “{title}”</source>
            <translation>hanya “{title}”</translation>
        </message>
        <message>
            <source>Every open deal of {name} goes to the rep you pick, in one change; a deal someone changes meanwhile is left as it is and reported.</source>
            <translation>Semua transaksi terbuka {name} pindah ke sales yang Anda pilih, dalam satu perubahan; transaksi yang diubah orang lain sementara itu dibiarkan dan dilaporkan.</translation>
        </message>
        <message>
            <source>Give them to</source>
            <translation>Berikan kepada</translation>
        </message>
        <message>
            <source>Not saved: {reason} Your edits are kept.</source>
            <translation>Tidak disimpan: {reason} Perubahan Anda tetap ada.</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Sen</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Sel</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Rab</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Kam</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Jum</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sab</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translation>“{text}” bukan bilangan bulat.</translation>
        </message>
        <message>
            <source>Set up the company</source>
            <translation>Siapkan perusahaan</translation>
        </message>
        <message>
            <source>{number}. {step}</source>
            <translation>{number}. {step}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Lanjut</translation>
        </message>
        <message>
            <source>Each step can be skipped and done later from the Company menu.</source>
            <translation>Setiap langkah dapat dilewati dan dikerjakan nanti dari menu Perusahaan.</translation>
        </message>
        <message>
            <source>Import deals from a file…</source>
            <translation>Impor transaksi dari berkas…</translation>
        </message>
        <message>
            <source>Import reps from a file…</source>
            <translation>Impor sales dari berkas…</translation>
        </message>
        <message>
            <source>Add a rep…</source>
            <translation>Tambah sales…</translation>
        </message>
        <message>
            <source>Open the roster</source>
            <translation>Buka daftar sales</translation>
        </message>
        <message>
            <source>Open the deal board</source>
            <translation>Buka papan transaksi</translation>
        </message>
        <message>
            <source>Quotas, key numbers and goals, scorecards and reviews are set up on their own pages.</source>
            <translation>Kuota, angka kunci dan sasaran, kartu skor, dan penilaian diatur di halamannya masing-masing.</translation>
        </message>
        <message>
            <source>archived {day}</source>
            <translation>diarsipkan {day}</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>dipakai</translation>
        </message>
        <message>
            <source>— the company default —</source>
            <translation>— bawaan perusahaan —</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Agensi</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>agensi</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Kontrak</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Biaya</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Pemberitahuan</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Contract from</source>
            <translation>Kontrak dari</translation>
        </message>
        <message>
            <source>Contract until</source>
            <translation>Kontrak hingga</translation>
        </message>
        <message>
            <source>Fee amount</source>
            <translation>Jumlah biaya</translation>
        </message>
        <message>
            <source>e.g. 1200, or 12.5 for a percent</source>
            <translation>mis. 1200, atau 12,5 untuk persen</translation>
        </message>
        <message>
            <source>Fee currency</source>
            <translation>Mata uang biaya</translation>
        </message>
        <message>
            <source>PHP, IDR, EUR…</source>
            <translation>PHP, IDR, EUR…</translation>
        </message>
        <message>
            <source>Notice (days)</source>
            <translation>Pemberitahuan (hari)</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Ketentuan</translation>
        </message>
        <message>
            <source>agencies</source>
            <translation>agensi</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps: their contact, contract and fee.</source>
            <translation>Agensi alih daya yang memasok sales: kontak, kontrak, dan biayanya.</translation>
        </message>
        <message>
            <source>{percent} of sales</source>
            <translation>{percent} dari penjualan</translation>
        </message>
        <message>
            <source>{amount} {fee_model}</source>
            <translation>{amount} {fee_model}</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>account</source>
            <translation>akun</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klien</translation>
        </message>
        <message>
            <source>client</source>
            <translation>klien</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>calon</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>SMB, Mid-market, Enterprise…</source>
            <translation>UKM, Menengah, Korporasi…</translation>
        </message>
        <message>
            <source>a client already (not a potential one)</source>
            <translation>sudah menjadi klien (bukan calon)</translation>
        </message>
        <message>
            <source>Annual turnover</source>
            <translation>Omzet tahunan</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>akun</translation>
        </message>
        <message>
            <source>Client companies and potential clients, with the rep who owns each.</source>
            <translation>Perusahaan klien dan calon klien, beserta sales pemilik masing-masing.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>team</source>
            <translation>tim</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Model penjualan</translation>
        </message>
        <message>
            <source>off</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <source>Probation rule (quarters)</source>
            <translation>Aturan masa percobaan (kuartal)</translation>
        </message>
        <message>
            <source>two letters, e.g. PH: its public holidays</source>
            <translation>dua huruf, mis. ID: hari liburnya</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arsipkan</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>Anggota…</translation>
        </message>
        <message>
            <source>teams</source>
            <translation>tim</translation>
        </message>
        <message>
            <source>Teams, their manager and probation rule (quarters below quota in a row before a rep is flagged; 0 turns it off).</source>
            <translation>Tim, manajernya, dan aturan masa percobaan (kuartal berturut-turut di bawah kuota sebelum sales ditandai; 0 menonaktifkan).</translation>
        </message>
        <message>
            <source>territory</source>
            <translation>wilayah</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>Potensi pasar</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Di dalam</translation>
        </message>
        <message>
            <source>— top of the tree —</source>
            <translation>— puncak pohon —</translation>
        </message>
        <message>
            <source>territories</source>
            <translation>wilayah</translation>
        </message>
        <message>
            <source>The territory tree: regions, areas and named-account lists, any depth.</source>
            <translation>Pohon wilayah: region, area, dan daftar akun bernama, kedalaman berapa pun.</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Perusahaan</translation>
        </message>
        <message>
            <source>Set the company up &amp;step by step…</source>
            <translation>Siapkan perusahaan &amp;langkah demi langkah…</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <source>Team's own</source>
            <translation>Milik tim</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Bawaan</translation>
        </message>
        <message>
            <source>the company's default pipeline</source>
            <translation>pipeline bawaan perusahaan</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Tambah tahap</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Naik</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Turun</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>The win probability of “{stage}” is not a number.</source>
            <translation>Probabilitas menang “{stage}” bukan angka.</translation>
        </message>
        <message>
            <source>“{stage}” is stuck after a whole number of days, or blank.</source>
            <translation>“{stage}” macet setelah sejumlah hari (bilangan bulat), atau kosong.</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>pipeline</translation>
        </message>
        <message>
            <source>default</source>
            <translation>bawaan</translation>
        </message>
        <message>
            <source>— every team —</source>
            <translation>— semua tim —</translation>
        </message>
        <message>
            <source>pipelines</source>
            <translation>pipeline</translation>
        </message>
        <message>
            <source>The stages a deal goes through, in order. A pipeline needs one Won and one Lost stage; a team may have its own.</source>
            <translation>Tahap yang dilalui transaksi, berurutan. Pipeline perlu satu tahap Menang dan satu tahap Kalah; tim boleh punya sendiri.</translation>
        </message>
        <message>
            <source>This {thing} no longer exists: someone deleted it.</source>
            <translation>Data {thing} ini sudah tidak ada: seseorang menghapusnya.</translation>
        </message>
        <message>
            <source>Company — {editor}</source>
            <translation>Perusahaan — {editor}</translation>
        </message>
        <message>
            <source>New {thing}…</source>
            <translation>Tambah {thing}…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Riwayat…</translation>
        </message>
        <message>
            <source>Every change of the selected record (Ctrl+H)</source>
            <translation>Semua perubahan data terpilih (Ctrl+H)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; {things}</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; {things}</translation>
        </message>
        <message>
            <source>New {thing}</source>
            <translation>Tambah {thing}</translation>
        </message>
        <message>
            <source>Edit {thing} — {name}</source>
            <translation>Edit {thing} — {name}</translation>
        </message>
        <message>
            <source>{action} {thing}</source>
            <translation>{action} {thing}</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”?

The change is recorded in the history; Undo (Ctrl+Z) brings it back.</source>
            <translation>{action} {thing} “{name}”?

Perubahan dicatat di riwayat; Urungkan (Ctrl+Z) mengembalikannya.</translation>
        </message>
        <message>
            <source>Add {thing} “{name}”</source>
            <translation>Tambah {thing} “{name}”</translation>
        </message>
        <message>
            <source>Edit {thing} “{name}”</source>
            <translation>Edit {thing} “{name}”</translation>
        </message>
        <message>
            <source>{action} {thing} “{name}”</source>
            <translation>{action} {thing} “{name}”</translation>
        </message>
        <message>
            <source>{amount} M</source>
            <comment>millions</comment>
            <translation>{amount} jt</translation>
        </message>
        <message>
            <source>{amount} k</source>
            <comment>thousands</comment>
            <translation>{amount} rb</translation>
        </message>
        <message>
            <source>Reassign rep…</source>
            <translation>Pindahkan sales…</translation>
        </message>
        <message>
            <source>Drag a rep onto a territory to reassign them.</source>
            <translation>Seret sales ke wilayah untuk memindahkannya.</translation>
        </message>
        <message>
            <source>Effective</source>
            <comment>date a reassignment takes effect</comment>
            <translation>Berlaku</translation>
        </message>
        <message>
            <source>Select a territory or a rep to see who covered what.</source>
            <translation>Pilih wilayah atau sales untuk melihat siapa menangani apa.</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Kapan saja</translation>
        </message>
        <message>
            <source>Covered in {quarter}</source>
            <translation>Ditangani pada {quarter}</translation>
        </message>
        <message>
            <source>From</source>
            <comment>date range</comment>
            <translation>Dari</translation>
        </message>
        <message>
            <source>To</source>
            <comment>date range</comment>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Calon</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Potential per rep</source>
            <translation>Potensi per sales</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>Kuota</translation>
        </message>
        <message>
            <source>Coverage and workload</source>
            <translation>Cakupan dan beban kerja</translation>
        </message>
        <message>
            <source>Could not reload: {problem}</source>
            <translation>Tidak dapat memuat ulang: {problem}</translation>
        </message>
        <message>
            <source>{amount} unallocated</source>
            <translation>{amount} belum dialokasikan</translation>
        </message>
        <message>
            <source>{amount} over</source>
            <comment>allocated beyond the quota</comment>
            <translation>{amount} lebih</translation>
        </message>
        <message>
            <source>no rep</source>
            <translation>tanpa sales</translation>
        </message>
        <message>
            <source>Market potential per primary rep, millions (red: no rep)</source>
            <translation>Potensi pasar per sales utama, juta (merah: tanpa sales)</translation>
        </message>
        <message>
            <source>the territory</source>
            <translation>wilayah</translation>
        </message>
        <message>
            <source>Quota of {place}, {period}</source>
            <translation>Kuota {place}, {period}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: who covered it</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: siapa yang menangani</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: territories covered</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: wilayah yang ditangani</translation>
        </message>
        <message>
            <source>rep {id}</source>
            <translation>sales {id}</translation>
        </message>
        <message>
            <source>{title} in {quarter}</source>
            <translation>{title} pada {quarter}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>sekarang</translation>
        </message>
        <message>
            <source>Move {rep} from {source} to {target}, effective {date}?

The current assignment ends the day before; the history keeps both.</source>
            <translation>Pindahkan {rep} dari {source} ke {target}, berlaku {date}?

Penugasan saat ini berakhir sehari sebelumnya; riwayat menyimpan keduanya.</translation>
        </message>
        <message>
            <source>this rep</source>
            <translation>sales ini</translation>
        </message>
        <message>
            <source>Reassign rep</source>
            <translation>Pindahkan sales</translation>
        </message>
        <message>
            <source>Not reassigned</source>
            <translation>Tidak dipindahkan</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <source>Move {rep} to:</source>
            <translation>Pindahkan {rep} ke:</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Atur ulang tampilan</translation>
        </message>
        <message>
            <source>Show the whole period again after dragging the chart</source>
            <translation>Tampilkan lagi seluruh periode setelah menggeser grafik</translation>
        </message>
        <message>
            <source>Hover over the chart for exact values.</source>
            <translation>Arahkan ke grafik untuk nilai persisnya.</translation>
        </message>
        <message>
            <source>{series}: {value}</source>
            <translation>{series}: {value}</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>tidak ada data</translation>
        </message>
        <message>
            <source>goal: {value}</source>
            <translation>sasaran: {value}</translation>
        </message>
        <message>
            <source>{name}: {share} of goal</source>
            <translation>{name}: {share} dari sasaran</translation>
        </message>
        <message>
            <source>% of goal</source>
            <translation>% sasaran</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Diubah orang lain</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Perubahan Anda</translation>
        </message>
        <message>
            <source>Saved now</source>
            <translation>Tersimpan sekarang</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Diubah oleh</translation>
        </message>
        <message>
            <source>Highlighted: a field you and the other person both changed.</source>
            <translation>Disorot: kolom yang diubah oleh Anda dan orang lain.</translation>
        </message>
        <message>
            <source>Drop your change and show the saved values</source>
            <translation>Buang perubahan Anda dan tampilkan nilai tersimpan</translation>
        </message>
        <message>
            <source>Re-apply my change</source>
            <translation>Terapkan ulang perubahan saya</translation>
        </message>
        <message>
            <source>Save your values on top of the saved record</source>
            <translation>Simpan nilai Anda di atas data tersimpan</translation>
        </message>
        <message>
            <source>Keep editing; nothing is saved</source>
            <translation>Lanjut mengedit; tidak ada yang disimpan</translation>
        </message>
        <message>
            <source>'{text}' is not a count</source>
            <translation>'{text}' bukan hitungan</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>'{text}' bukan bilangan bulat</translation>
        </message>
        <message>
            <source>{value} is outside 0–{most}</source>
            <translation>{value} di luar 0–{most}</translation>
        </message>
        <message>
            <source>goal {goal}</source>
            <translation>sasaran {goal}</translation>
        </message>
        <message>
            <source>was empty</source>
            <translation>sebelumnya kosong</translation>
        </message>
        <message>
            <source>was {value}</source>
            <translation>sebelumnya {value}</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Paste refused, row {row} column {column}: {problem}</source>
            <translation>Tempel ditolak, baris {row} kolom {column}: {problem}</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Tempel</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Hapus filter</translation>
        </message>
        <message>
            <source>By</source>
            <comment>changed by</comment>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>to</source>
            <comment>date range</comment>
            <translation>sampai</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Sebelumnya</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Sesudah</translation>
        </message>
        <message>
            <source>Restore these values</source>
            <translation>Pulihkan nilai ini</translation>
        </message>
        <message>
            <source>Put the 'Before' values of the selected change back (recorded as a new change)</source>
            <translation>Kembalikan nilai 'Sebelum' dari perubahan terpilih (dicatat sebagai perubahan baru)</translation>
        </message>
        <message>
            <source>No changes recorded for this record yet.</source>
            <translation>Belum ada perubahan tercatat untuk data ini.</translation>
        </message>
        <message>
            <source>{action} — audit entry {id}</source>
            <translation>{action} — entri audit {id}</translation>
        </message>
        <message>
            <source>Restore the deleted record</source>
            <translation>Pulihkan data yang terhapus</translation>
        </message>
        <message>
            <source>{days} days in this stage — stuck</source>
            <translation>{days} hari di tahap ini — macet</translation>
        </message>
        <message>
            <source>{days} days in this stage</source>
            <translation>{days} hari di tahap ini</translation>
        </message>
        <message>
            <source>Expected to close {date}, {days} days ago</source>
            <translation>Diperkirakan tutup {date}, {days} hari lalu</translation>
        </message>
        <message>
            <source>{n} stuck</source>
            <translation>{n} macet</translation>
        </message>
        <message>
            <source>{n} without a rate</source>
            <translation>{n} tanpa kurs</translation>
        </message>
        <message>
            <source>weighted {amount}</source>
            <translation>tertimbang {amount}</translation>
        </message>
        <message>
            <source>; stuck after {days} days</source>
            <translation>; macet setelah {days} hari</translation>
        </message>
        <message>
            <source>. Left out of the total: {what}</source>
            <translation>. Tidak dihitung dalam total: {what}</translation>
        </message>
        <message>
            <source>{deals}, total {currency} {total}{basis}, weighted by {probability} = {weighted}</source>
            <translation>{deals}, total {currency} {total}{basis}, ditimbang dengan {probability} = {weighted}</translation>
        </message>
        <message>
            <source>Open details</source>
            <translation>Buka rincian</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Buka kembali…</translation>
        </message>
        <message>
            <source>{days} d late</source>
            <translation>telat {days} h</translation>
        </message>
        <message>
            <source>stuck {days} d</source>
            <translation>macet {days} h</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} h</translation>
        </message>
        <message>
            <source>Score %</source>
            <translation>Skor %</translation>
        </message>
        <message>
            <source>'{part}' needs points: write Label=points</source>
            <translation>'{part}' perlu poin: tulis Label=poin</translation>
        </message>
        <message>
            <source>'{points}' is not a number of points</source>
            <translation>'{points}' bukan jumlah poin</translation>
        </message>
        <message>
            <source>{what}: '{text}' is not a number</source>
            <translation>{what}: '{text}' bukan angka</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>Tambah bagian</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Tambah pertanyaan</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Bagian baru</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Pertanyaan baru</translation>
        </message>
        <message>
            <source>{section}, question {number}</source>
            <translation>{section}, pertanyaan {number}</translation>
        </message>
        <message>
            <source>{where}: the scale top '{text}' is not a whole number</source>
            <translation>{where}: batas atas skala '{text}' bukan bilangan bulat</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{where} weight</source>
            <translation>Bobot {where}</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritis</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Komentar (opsional)</translation>
        </message>
        <message>
            <source>Y  Yes</source>
            <translation>Y  Ya</translation>
        </message>
        <message>
            <source>N  No</source>
            <translation>N  Tidak</translation>
        </message>
        <message>
            <source>A  N/A</source>
            <translation>A  N/A</translation>
        </message>
        <message>
            <source>Keys: &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; yes–no · a &lt;b&gt;digit&lt;/b&gt; for points or the option number · &lt;b&gt;A&lt;/b&gt; N/A · &lt;b&gt;Backspace&lt;/b&gt; clears · answering moves to the next question</source>
            <translation>Tombol: &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; ya–tidak · &lt;b&gt;angka&lt;/b&gt; untuk poin atau nomor opsi · &lt;b&gt;A&lt;/b&gt; N/A · &lt;b&gt;Backspace&lt;/b&gt; menghapus · menjawab pindah ke pertanyaan berikutnya</translation>
        </message>
        <message>
            <source>weight {weight}</source>
            <translation>bobot {weight}</translation>
        </message>
        <message>
            <source>Choose a scorecard.</source>
            <translation>Pilih kartu skor.</translation>
        </message>
        <message>
            <source>critical question failed</source>
            <translation>pertanyaan kritis gagal</translation>
        </message>
        <message>
            <source>{n} unanswered</source>
            <translation>{n} belum dijawab</translation>
        </message>
        <message>
            <source>Territory / rep</source>
            <translation>Wilayah / sales</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Alokasi</translation>
        </message>
        <message>
            <source>{name}  (overlay)</source>
            <translation>{name}  (tumpukan)</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>sejak {date}</translation>
        </message>
        <message>
            <source>Drag onto another territory to reassign</source>
            <translation>Seret ke wilayah lain untuk memindahkan</translation>
        </message>
        <message>
            <source>Costs…</source>
            <translation>Biaya…</translation>
        </message>
        <message>
            <source>Tools, travel and other costs of the sales system, entered per month</source>
            <translation>Alat, perjalanan, dan biaya lain sistem penjualan, diisi per bulan</translation>
        </message>
        <message>
            <source>Costs of the sales system — {period}</source>
            <translation>Biaya sistem penjualan — {period}</translation>
        </message>
        <message>
            <source>Costs of the sales system</source>
            <translation>Biaya sistem penjualan</translation>
        </message>
        <message>
            <source>Tools and travel per month, for a team or the whole company. The cost of the sales system adds them to base pay, commission and agency fees.</source>
            <translation>Alat dan perjalanan per bulan, untuk satu tim atau seluruh perusahaan. Biaya sistem penjualan menambahkannya ke gaji pokok, komisi, dan biaya agensi.</translation>
        </message>
        <message>
            <source>What it was, such as CRM seats</source>
            <translation>Biaya untuk apa, misalnya lisensi CRM</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Bulan</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>&amp;Tim</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Jenis</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>J&amp;umlah</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Catatan</translation>
        </message>
        <message>
            <source>A&amp;dd cost</source>
            <translation>T&amp;ambah biaya</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>&amp;Hapus terpilih</translation>
        </message>
        <message>
            <source>The whole company</source>
            <translation>Seluruh perusahaan</translation>
        </message>
        <message>
            <source>No costs entered for this period.</source>
            <translation>Tidak ada biaya diisi untuk periode ini.</translation>
        </message>
        <message>
            <source>{n} costs in several currencies</source>
            <translation>{n} biaya dalam beberapa mata uang</translation>
        </message>
        <message>
            <source>{n} costs, {amount} in all</source>
            <translation>{n} biaya, total {amount}</translation>
        </message>
        <message>
            <source>Enter the amount.</source>
            <translation>Isi jumlahnya.</translation>
        </message>
        <message>
            <source>Select the cost to delete.</source>
            <translation>Pilih biaya yang akan dihapus.</translation>
        </message>
        <message>
            <source>Delete cost</source>
            <translation>Hapus biaya</translation>
        </message>
        <message>
            <source>Delete the {kind} cost of {month}, {amount}?</source>
            <translation>Hapus biaya {kind} bulan {month}, {amount}?</translation>
        </message>
        <message>
            <source>Agencies and in-house teams are compared across the whole company you see.</source>
            <translation>Agensi dan tim internal dibandingkan di seluruh perusahaan yang Anda lihat.</translation>
        </message>
        <message>
            <source>Agencies and in-house teams (amounts in {currency})</source>
            <translation>Agensi dan tim internal (jumlah dalam {currency})</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota</source>
            <translation>Pencapaian: pendapatan menang terhadap kuota</translation>
        </message>
        <message>
            <source>Each group's won revenue as a share of its reps' quotas; red below 100%</source>
            <translation>Pendapatan menang tiap grup sebagai porsi kuota salesnya; merah di bawah 100%</translation>
        </message>
        <message>
            <source>Attainment: won revenue against quota (the first {shown} of {count} groups)</source>
            <translation>Pencapaian: pendapatan menang terhadap kuota ({shown} pertama dari {count} grup)</translation>
        </message>
        <message>
            <source>Hover over a bar for its exact figures.</source>
            <translation>Arahkan ke batang untuk angka persisnya.</translation>
        </message>
        <message>
            <source>Clients are accounts, not product lines: for a product line the customer base shows every client you see.</source>
            <translation>Klien adalah akun, bukan lini produk: untuk lini produk, basis pelanggan menampilkan semua klien yang Anda lihat.</translation>
        </message>
        <message>
            <source>Revenue from {start} to {end}. Clients: A {a} · B {b} · C {c}. {active} active, {falling} falling, {dormant} dormant, {potential} potential.</source>
            <translation>Pendapatan dari {start} sampai {end}. Klien: A {a} · B {b} · C {c}. {active} aktif, {falling} menurun, {dormant} tidur, {potential} calon.</translation>
        </message>
        <message>
            <source>Customers (amounts in {currency})</source>
            <translation>Pelanggan (jumlah dalam {currency})</translation>
        </message>
        <message>
            <source>Which clients the table lists, or the coverage of each territory's market potential</source>
            <translation>Klien yang ditampilkan tabel, atau cakupan potensi pasar tiap wilayah</translation>
        </message>
        <message>
            <source>Clients by ABC class</source>
            <translation>Klien per kelas ABC</translation>
        </message>
        <message>
            <source>How many clients are A, B or C (and of those, how many X, Y, Z)</source>
            <translation>Berapa klien A, B, atau C (dan dari itu, berapa X, Y, Z)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <source>{xyz} clients</source>
            <translation>Klien {xyz}</translation>
        </message>
        <message>
            <source>Coverage by territory (amounts in {currency})</source>
            <translation>Cakupan per wilayah (jumlah dalam {currency})</translation>
        </message>
        <message>
            <source>{which} clients (amounts in {currency})</source>
            <translation>Klien {which} (jumlah dalam {currency})</translation>
        </message>
        <message>
            <source>Sales, {start} – {end} (amounts in {currency})</source>
            <translation>Penjualan, {start} – {end} (jumlah dalam {currency})</translation>
        </message>
        <message>
            <source>Won revenue by month</source>
            <translation>Pendapatan menang per bulan</translation>
        </message>
        <message>
            <source>Won revenue of the slice in each month of the period's year (blue) against the same month a year before</source>
            <translation>Pendapatan menang irisan di tiap bulan tahun periode (biru) dibandingkan bulan yang sama setahun sebelumnya</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Reconnecting to the database… your edits are kept.</source>
            <translation>Menghubungkan ulang ke basis data… perubahan Anda tetap ada.</translation>
        </message>
        <message>
            <source>Not saved: you stopped the save while the database could not be reached. Your edits are kept; press Save to try again.</source>
            <translation>Tidak disimpan: Anda menghentikan penyimpanan saat basis data tidak terjangkau. Perubahan Anda tetap ada; tekan Simpan untuk mencoba lagi.</translation>
        </message>
        <message>
            <source>Leads received in the period</source>
            <translation>Prospek yang diterima dalam periode</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share called at least once</source>
            <translation>Dari prospek baru periode ini, porsi yang dihubungi minimal sekali</translation>
        </message>
        <message>
            <source>Median hours from a lead's arrival to the first call</source>
            <translation>Median jam dari masuknya prospek hingga panggilan pertama</translation>
        </message>
        <message>
            <source>9 in 10 leads were called within this many hours</source>
            <translation>9 dari 10 prospek dihubungi dalam jumlah jam ini</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share lost as a wrong or fake contact</source>
            <translation>Dari prospek baru periode ini, porsi yang kalah karena kontak salah atau palsu</translation>
        </message>
        <message>
            <source>Proposals sent in the period</source>
            <translation>Proposal yang dikirim dalam periode</translation>
        </message>
        <message>
            <source>The amount of the proposals sent in the period</source>
            <translation>Jumlah proposal yang dikirim dalam periode</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share that reached a proposal by now</source>
            <translation>Dari prospek baru periode ini, porsi yang sudah mencapai proposal</translation>
        </message>
        <message>
            <source>Deals that entered objection handling in the period</source>
            <translation>Transaksi yang masuk penanganan keberatan dalam periode</translation>
        </message>
        <message>
            <source>Deals lost while in objection handling</source>
            <translation>Transaksi yang kalah saat penanganan keberatan</translation>
        </message>
        <message>
            <source>Average days deals spent in objection handling</source>
            <translation>Rata-rata hari transaksi berada di penanganan keberatan</translation>
        </message>
        <message>
            <source>Deals won in the period (by close date)</source>
            <translation>Transaksi menang dalam periode (menurut tgl. tutup)</translation>
        </message>
        <message>
            <source>The amount of the deals won in the period</source>
            <translation>Jumlah transaksi menang dalam periode</translation>
        </message>
        <message>
            <source>Of the proposals sent in the period, the share won by now</source>
            <translation>Dari proposal yang dikirim dalam periode, porsi yang sudah menang</translation>
        </message>
        <message>
            <source>Of the period's new leads, the share won by now</source>
            <translation>Dari prospek baru periode ini, porsi yang sudah menang</translation>
        </message>
        <message>
            <source>Deals lost in the period (by close date)</source>
            <translation>Transaksi kalah dalam periode (menurut tgl. tutup)</translation>
        </message>
        <message>
            <source>Won ÷ (won + lost) of the deals closed in the period</source>
            <translation>Menang ÷ (menang + kalah) dari transaksi yang ditutup dalam periode</translation>
        </message>
        <message>
            <source>Won amount ÷ deals won (deals without an exchange rate left out)</source>
            <translation>Jumlah menang ÷ transaksi menang (transaksi tanpa kurs tidak dihitung)</translation>
        </message>
        <message>
            <source>Median days from a lead's arrival to its win, over the period's wins</source>
            <translation>Median hari dari masuknya prospek hingga menang, atas kemenangan periode ini</translation>
        </message>
        <message>
            <source>Deals lost in the period that were reopened since</source>
            <translation>Transaksi kalah dalam periode yang telah dibuka kembali</translation>
        </message>
        <message>
            <source>Of those reopened, how many were won</source>
            <translation>Dari yang dibuka kembali, berapa yang menang</translation>
        </message>
        <message>
            <source>Of the deals lost in the period, the share reopened and won since</source>
            <translation>Dari transaksi kalah dalam periode, porsi yang dibuka kembali dan menang</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>Kapan saja</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Next 30 days</source>
            <translation>30 hari ke depan</translation>
        </message>
        <message>
            <source>Next 90 days</source>
            <translation>90 hari ke depan</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Kuartal ini</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Kuartal lalu</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Bulan ini</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Bulan lalu</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Tahun ini</translation>
        </message>
        <message>
            <source>Funnel board</source>
            <translation>Papan corong</translation>
        </message>
        <message>
            <source>Move the selected card to the next / previous stage</source>
            <translation>Pindahkan kartu terpilih ke tahap berikutnya / sebelumnya</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Dialog</translation>
        </message>
        <message>
            <source>Save / close without saving</source>
            <translation>Simpan / tutup tanpa menyimpan</translation>
        </message>
        <message>
            <source>Whole company</source>
            <translation>Seluruh perusahaan</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Works on</source>
            <translation>Fokus</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Median days in funnel</source>
            <translation>Median hari di corong</translation>
        </message>
        <message>
            <source>Touches per deal</source>
            <translation>Sentuhan per transaksi</translation>
        </message>
        <message>
            <source>Many small deals: the rep's median deal is under two thirds of the team's and they have more deals than the team's median rep; a few large deals: over 1.5 times, with fewer deals</source>
            <translation>Banyak transaksi kecil: median transaksi sales di bawah dua pertiga median tim dan jumlah transaksinya lebih banyak dari sales median tim; sedikit transaksi besar: lebih dari 1,5 kali, dengan transaksi lebih sedikit</translation>
        </message>
        <message>
            <source>Deal size band: the thirds of the amounts (see the edges below)</source>
            <translation>Kelompok ukuran transaksi: sepertiga dari jumlah (lihat batas di bawah)</translation>
        </message>
        <message>
            <source>Deals closed in the period or still open, in this band</source>
            <translation>Transaksi yang ditutup dalam periode atau masih terbuka, di kelompok ini</translation>
        </message>
        <message>
            <source>Won amounts in the company currency</source>
            <translation>Jumlah menang dalam mata uang perusahaan</translation>
        </message>
        <message>
            <source>Median days from the lead to the close (or to today for open deals)</source>
            <translation>Median hari dari prospek hingga tutup (atau hingga hari ini untuk transaksi terbuka)</translation>
        </message>
        <message>
            <source>Stage changes and notes per deal</source>
            <translation>Perubahan tahap dan catatan per transaksi</translation>
        </message>
        <message>
            <source>small</source>
            <translation>kecil</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>sedang</translation>
        </message>
        <message>
            <source>large</source>
            <translation>besar</translation>
        </message>
        <message>
            <source>many small deals</source>
            <translation>banyak transaksi kecil</translation>
        </message>
        <message>
            <source>a few large deals</source>
            <translation>sedikit transaksi besar</translation>
        </message>
        <message>
            <source>like the team</source>
            <translation>seperti tim</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Semua klien</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Tidur</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Calon</translation>
        </message>
        <message>
            <source>Falling</source>
            <translation>Menurun</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Coverage by territory</source>
            <translation>Cakupan per wilayah</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>calon</translation>
        </message>
        <message>
            <source>dormant</source>
            <translation>tidur</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>menurun</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>prospek</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Sebelumnya</translation>
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
            <translation>Kedudukan</translation>
        </message>
        <message>
            <source>Last closed</source>
            <translation>Terakhir ditutup</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Transaksi terbuka</translation>
        </message>
        <message>
            <source>The rep who owns the account</source>
            <translation>Sales pemilik akun</translation>
        </message>
        <message>
            <source>Won revenue in the 12 whole months up to the period's end</source>
            <translation>Pendapatan menang dalam 12 bulan penuh hingga akhir periode</translation>
        </message>
        <message>
            <source>Won revenue in the 12 months before those</source>
            <translation>Pendapatan menang dalam 12 bulan sebelumnya</translation>
        </message>
        <message>
            <source>A: the largest clients that make 80% of revenue; B: the next 15%; C: the rest</source>
            <translation>A: klien terbesar yang membentuk 80% pendapatan; B: 15% berikutnya; C: sisanya</translation>
        </message>
        <message>
            <source>X: buys nearly every month; Y: at least every other month or with large swings; Z: a few purchases a year</source>
            <translation>X: membeli hampir setiap bulan; Y: minimal dua bulan sekali atau berfluktuasi besar; Z: beberapa pembelian setahun</translation>
        </message>
        <message>
            <source>potential: open deals, never won; dormant: nothing won, lost or open for 6 months; falling: revenue down 20% or more on the year before; active: a client otherwise; lead: neither</source>
            <translation>calon: ada transaksi terbuka, belum pernah menang; tidur: tidak ada yang menang, kalah, atau terbuka selama 6 bulan; menurun: pendapatan turun 20% atau lebih dari tahun sebelumnya; aktif: klien lainnya; prospek: bukan keduanya</translation>
        </message>
        <message>
            <source>The last deal won or lost</source>
            <translation>Transaksi terakhir yang menang atau kalah</translation>
        </message>
        <message>
            <source>Deals still open</source>
            <translation>Transaksi yang masih terbuka</translation>
        </message>
        <message>
            <source>Market potential</source>
            <translation>Potensi pasar</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cakupan</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klien</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Prospek</translation>
        </message>
        <message>
            <source>The territory's market potential as entered in its set-up</source>
            <translation>Potensi pasar wilayah seperti diisi saat penyiapan</translation>
        </message>
        <message>
            <source>Won revenue of its accounts in the 12 months</source>
            <translation>Pendapatan menang akun-akunnya dalam 12 bulan</translation>
        </message>
        <message>
            <source>Revenue as a share of the market potential</source>
            <translation>Pendapatan sebagai porsi potensi pasar</translation>
        </message>
        <message>
            <source>Accounts that have bought (active, falling or dormant)</source>
            <translation>Akun yang sudah membeli (aktif, menurun, atau tidur)</translation>
        </message>
        <message>
            <source>Accounts with open deals and nothing won yet</source>
            <translation>Akun dengan transaksi terbuka dan belum ada yang menang</translation>
        </message>
        <message>
            <source>Clients gone quiet</source>
            <translation>Klien yang menjadi pasif</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Lini produk</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Alat</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Perjalanan</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Angka</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Periode ini</translation>
        </message>
        <message>
            <source>Period before</source>
            <translation>Periode sebelumnya</translation>
        </message>
        <message>
            <source>A year before</source>
            <translation>Setahun sebelumnya</translation>
        </message>
        <message>
            <source>The period chosen above</source>
            <translation>Periode yang dipilih di atas</translation>
        </message>
        <message>
            <source>The period of the same length just before (the quarter before a quarter)</source>
            <translation>Periode dengan panjang sama tepat sebelumnya (kuartal sebelum kuartal)</translation>
        </message>
        <message>
            <source>The same period one year earlier</source>
            <translation>Periode yang sama setahun sebelumnya</translation>
        </message>
        <message>
            <source>Won deals closed in the period, in the company currency at each deal's close-date rate</source>
            <translation>Transaksi menang yang ditutup dalam periode, dalam mata uang perusahaan dengan kurs tanggal tutup tiap transaksi</translation>
        </message>
        <message>
            <source>Sales (won deals)</source>
            <translation>Penjualan (transaksi menang)</translation>
        </message>
        <message>
            <source>How many deals were won in the period</source>
            <translation>Berapa transaksi yang menang dalam periode</translation>
        </message>
        <message>
            <source>Average check</source>
            <translation>Rata-rata nilai transaksi</translation>
        </message>
        <message>
            <source>Revenue per won deal</source>
            <translation>Pendapatan per transaksi menang</translation>
        </message>
        <message>
            <source>Clients who bought</source>
            <translation>Klien yang membeli</translation>
        </message>
        <message>
            <source>Distinct accounts with a won deal in the period</source>
            <translation>Akun berbeda dengan transaksi menang dalam periode</translation>
        </message>
        <message>
            <source>Average turnover per client</source>
            <translation>Rata-rata omzet per klien</translation>
        </message>
        <message>
            <source>Revenue of deals with an account, per client who bought</source>
            <translation>Pendapatan transaksi yang memiliki akun, per klien yang membeli</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>Laba kotor</translation>
        </message>
        <message>
            <source>Revenue minus the cost of the sales whose cost is known</source>
            <translation>Pendapatan dikurangi biaya penjualan yang biayanya diketahui</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>Gross profit as a share of the revenue of those same sales</source>
            <translation>Laba kotor sebagai porsi pendapatan dari penjualan yang sama</translation>
        </message>
        <message>
            <source>Growth on the period before</source>
            <translation>Pertumbuhan dari periode sebelumnya</translation>
        </message>
        <message>
            <source>Revenue change against the period before</source>
            <translation>Perubahan pendapatan dibandingkan periode sebelumnya</translation>
        </message>
        <message>
            <source>Growth on a year before</source>
            <translation>Pertumbuhan dari tahun sebelumnya</translation>
        </message>
        <message>
            <source>Revenue change against the same period a year before</source>
            <translation>Perubahan pendapatan dibandingkan periode yang sama setahun sebelumnya</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Kuota</translation>
        </message>
        <message>
            <source>The quotas of the slice's reps for the period (pro-rated to the days of the period), in the company currency</source>
            <translation>Kuota sales irisan untuk periode ini (proporsional dengan hari periode), dalam mata uang perusahaan</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>Pemenuhan rencana</translation>
        </message>
        <message>
            <source>Revenue as a share of the quota</source>
            <translation>Pendapatan sebagai porsi kuota</translation>
        </message>
        <message>
            <source>Base pay</source>
            <translation>Gaji pokok</translation>
        </message>
        <message>
            <source>Yearly salaries for the days employed in the period. Pay: shown to HR and admins only</source>
            <translation>Gaji tahunan untuk hari kerja dalam periode. Gaji: hanya ditampilkan ke HR dan admin</translation>
        </message>
        <message>
            <source>Commission and bonuses of the period's commission run. Pay: shown to HR and admins only</source>
            <translation>Komisi dan bonus dari perhitungan komisi periode. Gaji: hanya ditampilkan ke HR dan admin</translation>
        </message>
        <message>
            <source>Agency fees</source>
            <translation>Biaya agensi</translation>
        </message>
        <message>
            <source>What the outsourcing agencies charge for the slice's agency reps</source>
            <translation>Tagihan agensi alih daya untuk sales agensi dalam irisan</translation>
        </message>
        <message>
            <source>Other costs (tools, travel)</source>
            <translation>Biaya lain (alat, perjalanan)</translation>
        </message>
        <message>
            <source>Tools, travel and other costs entered for the period (Costs…), by their days in it</source>
            <translation>Biaya alat, perjalanan, dan lainnya yang diisi untuk periode (Biaya…), menurut harinya dalam periode</translation>
        </message>
        <message>
            <source>Cost of the sales system</source>
            <translation>Biaya sistem penjualan</translation>
        </message>
        <message>
            <source>Base pay, commission, agency fees and other costs (those shown)</source>
            <translation>Gaji pokok, komisi, biaya agensi, dan biaya lain (yang ditampilkan)</translation>
        </message>
        <message>
            <source>Cost per unit of revenue</source>
            <translation>Biaya per unit pendapatan</translation>
        </message>
        <message>
            <source>Cost of the sales system as a share of revenue: 25% means 25 cents of cost for every 1 of revenue</source>
            <translation>Biaya sistem penjualan sebagai porsi pendapatan: 25% berarti biaya 25 sen untuk setiap 1 pendapatan</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <source>Territory assignment</source>
            <translation>Penugasan wilayah</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Gaji</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agensi</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Spreadsheet (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>CRM id</source>
            <translation>ID CRM</translation>
        </message>
        <message>
            <source>CRM user id</source>
            <translation>ID pengguna CRM</translation>
        </message>
        <message>
            <source>Active (CRM flag)</source>
            <translation>Aktif (tanda CRM)</translation>
        </message>
        <message>
            <source>Prior results verified</source>
            <translation>Hasil sebelumnya terverifikasi</translation>
        </message>
        <message>
            <source>Prior results note</source>
            <translation>Catatan hasil sebelumnya</translation>
        </message>
        <message>
            <source>Profile (builder or producer)</source>
            <translation>Profil (builder atau producer)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Apa</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Diperbarui</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Tidak berubah</translation>
        </message>
        <message>
            <source>Bad</source>
            <translation>Buruk</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Diurungkan</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grup</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Attrition</source>
            <translation>Atrisi</translation>
        </message>
        <message>
            <source>Activity per rep-day</source>
            <translation>Aktivitas per hari-sales</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Transaksi menang</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Pendapatan</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Biaya</translation>
        </message>
        <message>
            <source>Cost per won deal</source>
            <translation>Biaya per transaksi menang</translation>
        </message>
        <message>
            <source>Cost per revenue</source>
            <translation>Biaya per pendapatan</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Kontrak berakhir</translation>
        </message>
        <message>
            <source>An outsourcing agency (its reps in any team) or an in-house team</source>
            <translation>Agensi alih daya (salesnya di tim mana pun) atau tim internal</translation>
        </message>
        <message>
            <source>Reps who worked in the period</source>
            <translation>Sales yang bekerja dalam periode</translation>
        </message>
        <message>
            <source>Reps who left in the period</source>
            <translation>Sales yang keluar dalam periode</translation>
        </message>
        <message>
            <source>Reps who left / the reps the group had at the period's start</source>
            <translation>Sales yang keluar / sales grup di awal periode</translation>
        </message>
        <message>
            <source>Won revenue / the quotas of the reps that have one</source>
            <translation>Pendapatan menang / kuota sales yang memilikinya</translation>
        </message>
        <message>
            <source>Activity entered per working day the reps were employed</source>
            <translation>Aktivitas yang diisi per hari kerja selama sales bekerja</translation>
        </message>
        <message>
            <source>The mean of the reps' average evaluation scores</source>
            <translation>Rata-rata dari skor evaluasi rata-rata para sales</translation>
        </message>
        <message>
            <source>Deals won in the period</source>
            <translation>Transaksi menang dalam periode</translation>
        </message>
        <message>
            <source>Won revenue in the company currency</source>
            <translation>Pendapatan menang dalam mata uang perusahaan</translation>
        </message>
        <message>
            <source>An agency's fee for the period; an in-house team's base pay and commission (pay: HR and admins only)</source>
            <translation>Biaya agensi untuk periode; gaji pokok dan komisi tim internal (gaji: hanya HR dan admin)</translation>
        </message>
        <message>
            <source>Cost / won deals</source>
            <translation>Biaya / transaksi menang</translation>
        </message>
        <message>
            <source>Cost as a share of revenue</source>
            <translation>Biaya sebagai porsi pendapatan</translation>
        </message>
        <message>
            <source>The agency contract's last day</source>
            <translation>Hari terakhir kontrak agensi</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>agensi</translation>
        </message>
        <message>
            <source>in-house</source>
            <translation>internal</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Key numbers</source>
            <translation>Angka kunci</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Evaluasi</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● Langsung</translation>
        </message>
        <message>
            <source>Changes saved on other workstations show here at once.</source>
            <translation>Perubahan yang disimpan di komputer lain langsung tampil di sini.</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Menghubungkan ulang…</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Your unsaved edits are kept; Repdesk reconnects by itself.</source>
            <translation>Koneksi ke server basis data terputus. Perubahan yang belum disimpan tetap ada; Repdesk menghubungkan ulang sendiri.</translation>
        </message>
        <message>
            <source>● Shared file</source>
            <translation>● Berkas bersama</translation>
        </message>
        <message>
            <source>Changes saved by other programs on this file show within seconds.</source>
            <translation>Perubahan yang disimpan program lain pada berkas ini tampil dalam hitungan detik.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;A console for the people who run sales teams whose reps are out of sight: field reps, remote reps and reps from outsourcing agencies.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Repdesk 0.1&lt;/h3&gt;&lt;p&gt;Konsol untuk orang yang memimpin tim penjualan yang salesnya tidak terlihat langsung: sales lapangan, sales jarak jauh, dan sales dari agensi alih daya.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
        <message>
            <source>sales manager</source>
            <translation>manajer penjualan</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>HR</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>pelatih</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>4 minggu terakhir</translation>
        </message>
        <message>
            <source>Last 13 weeks</source>
            <translation>13 minggu terakhir</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 bulan terakhir</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Kapan saja</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Minggu ini</translation>
        </message>
        <message>
            <source>Won so far this quarter (deals by close date)</source>
            <translation>Menang sejauh ini kuartal ini (transaksi menurut tgl. tutup)</translation>
        </message>
        <message>
            <source>Open deals expected to close by the quarter's end (or with no date), each × its stage's win probability</source>
            <translation>Transaksi terbuka yang diperkirakan tutup sebelum akhir kuartal (atau tanpa tanggal), masing-masing × probabilitas menang tahapnya</translation>
        </message>
        <message>
            <source>What the rep's pace so far would add in the working days left: won ÷ days gone × days left</source>
            <translation>Tambahan dari laju sales sejauh ini di sisa hari kerja: menang ÷ hari berlalu × hari tersisa</translation>
        </message>
        <message>
            <source>Won + the average of the weighted funnel and the run-rate rest</source>
            <translation>Menang + rata-rata corong tertimbang dan sisa laju</translation>
        </message>
        <message>
            <source>The rep's quota for the quarter</source>
            <translation>Kuota sales untuk kuartal ini</translation>
        </message>
        <message>
            <source>Expected ÷ quota</source>
            <translation>Perkiraan ÷ kuota</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Rencana</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>Eight times in ten the month's wins should land in this range: the model's 10th and 90th percentiles</source>
            <translation>Delapan dari sepuluh kali kemenangan bulan itu seharusnya jatuh di rentang ini: persentil ke-10 dan ke-90 model</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Senin</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Selasa</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Rabu</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Kamis</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Jumat</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Sabtu</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>3 bulan terakhir</translation>
        </message>
        <message>
            <source>Last 6 months</source>
            <translation>6 bulan terakhir</translation>
        </message>
        <message>
            <source>Last 3 years</source>
            <translation>3 tahun terakhir</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>{metric} per week</source>
            <translation>{metric} per minggu</translation>
        </message>
        <message>
            <source>{metric} per day</source>
            <translation>{metric} per hari</translation>
        </message>
        <message>
            <source>{metric} per month</source>
            <translation>{metric} per bulan</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Daftar sales</translation>
        </message>
        <message>
            <source>Who is on the team</source>
            <translation>Siapa saja di tim</translation>
        </message>
        <message>
            <source>Territories</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Who covers what: territory tree, assignments, quotas</source>
            <translation>Siapa menangani apa: pohon wilayah, penugasan, kuota</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Corong</translation>
        </message>
        <message>
            <source>Deals through the stages</source>
            <translation>Transaksi melalui tahap-tahap</translation>
        </message>
        <message>
            <source>Numbers &amp; trends</source>
            <translation>Angka &amp; tren</translation>
        </message>
        <message>
            <source>Daily key numbers, goals, trends and the attention list</source>
            <translation>Angka kunci harian, sasaran, tren, dan daftar perhatian</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <source>Quarterly performance reviews and improvement plans</source>
            <translation>Penilaian kinerja kuartalan dan rencana perbaikan</translation>
        </message>
        <message>
            <source>Quality &amp; training</source>
            <translation>Kualitas &amp; pelatihan</translation>
        </message>
        <message>
            <source>Mystery shopping, call reviews and training</source>
            <translation>Mystery shopping, tinjauan panggilan, dan pelatihan</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analisis</translation>
        </message>
        <message>
            <source>Sales by slice and period, the customer base, agencies against in-house teams, deal sizes</source>
            <translation>Penjualan per irisan dan periode, basis pelanggan, agensi vs tim internal, ukuran transaksi</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Rencana</translation>
        </message>
        <message>
            <source>The sales plan: targets rolled up, goals and their status, weekly sprints</source>
            <translation>Rencana penjualan: target digabung, sasaran dan statusnya, sprint mingguan</translation>
        </message>
        <message>
            <source>Field notes</source>
            <translation>Catatan lapangan</translation>
        </message>
        <message>
            <source>Market intelligence from the field: competitors, prices, products, customer needs, events; the weekly digest</source>
            <translation>Intelijen pasar dari lapangan: pesaing, harga, produk, kebutuhan pelanggan, acara; ringkasan mingguan</translation>
        </message>
        <message>
            <source>Plan of</source>
            <translation>Rencana untuk</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Own target</source>
            <translation>Target sendiri</translation>
        </message>
        <message>
            <source>Sum below</source>
            <translation>Jumlah bawah</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Sejauh ini</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Laju</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Langkah selesai</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Panggilan</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Pertemuan</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>Deals to advance</source>
            <translation>Transaksi untuk dimajukan</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>into quarters</source>
            <translation>per kuartal</translation>
        </message>
        <message>
            <source>into months</source>
            <translation>per bulan</translation>
        </message>
        <message>
            <source>into weeks</source>
            <translation>per minggu</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Kartu skor</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Evaluator</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>Gelombang</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Tanggal apa pun</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 hari terakhir</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>90 hari terakhir</translation>
        </message>
        <message>
            <source>Tiers apply to</source>
            <translation>Jenjang berlaku untuk</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>MU</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Menang</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Komisi</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Kualitas</translation>
        </message>
        <message>
            <source>attainment at least (%)</source>
            <translation>pencapaian minimal (%)</translation>
        </message>
        <message>
            <source>won deals at least</source>
            <translation>transaksi menang minimal</translation>
        </message>
        <message>
            <source>quality score at least (%)</source>
            <translation>skor kualitas minimal (%)</translation>
        </message>
        <message>
            <source>Rep trend</source>
            <translation>Tren sales</translation>
        </message>
        <message>
            <source>League tables</source>
            <translation>Klasemen</translation>
        </message>
        <message>
            <source>Gaps &amp;&amp; training</source>
            <translation>Celah &amp;&amp; pelatihan</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Kartu skor</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Status, onboarding and improvement plan</source>
            <translation>Status, orientasi, dan rencana perbaikan</translation>
        </message>
        <message>
            <source>Quota attainment by quarter</source>
            <translation>Pencapaian kuota per kuartal</translation>
        </message>
        <message>
            <source>Key numbers against goals</source>
            <translation>Angka kunci terhadap sasaran</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>One-on-one</translation>
        </message>
        <message>
            <source>Quality scores by section (last 12 months)</source>
            <translation>Skor kualitas per bagian (12 bulan terakhir)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Pelatihan</translation>
        </message>
        <message>
            <source>Pay and commission (HR and admins only)</source>
            <translation>Gaji dan komisi (khusus HR dan admin)</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Perubahan terbaru</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Tercapai</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manajer</translation>
        </message>
        <message>
            <source>Work mode</source>
            <translation>Mode kerja</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Kepegawaian</translation>
        </message>
        <message>
            <source>Tenure</source>
            <translation>Masa kerja</translation>
        </message>
        <message>
            <source>Quota this qtr</source>
            <translation>Kuota kuartal</translation>
        </message>
        <message>
            <source>Next 1:1</source>
            <translation>1:1 berikut</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>Orientasi</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Direkrut</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Sales manager</source>
            <translation>Manajer penjualan</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Pelatih</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <source>Name the company, its currency and its working week.</source>
            <translation>Beri nama perusahaan, mata uang, dan minggu kerjanya.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>Add the teams your reps work in — a team has a manager and a probation rule.</source>
            <translation>Tambahkan tim tempat sales bekerja — tim punya manajer dan aturan masa percobaan.</translation>
        </message>
        <message>
            <source>Build the territory tree: regions, then the areas or account lists inside them.</source>
            <translation>Susun pohon wilayah: region, lalu area atau daftar akun di dalamnya.</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Agensi</translation>
        </message>
        <message>
            <source>Outsourcing agencies that supply reps, if you work with any.</source>
            <translation>Agensi alih daya yang memasok sales, jika Anda bekerja sama dengan agensi.</translation>
        </message>
        <message>
            <source>Import your reps from a spreadsheet or a CRM's user export, or add them one by one.</source>
            <translation>Impor sales dari spreadsheet atau ekspor pengguna CRM, atau tambahkan satu per satu.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>The stages your deals go through. A new pipeline starts with five stages to rename; make it the default.</source>
            <translation>Tahap yang dilalui transaksi Anda. Pipeline baru dimulai dengan lima tahap untuk diganti nama; jadikan bawaan.</translation>
        </message>
        <message>
            <source>Import your deals from a CRM export, or add them here.</source>
            <translation>Impor transaksi dari ekspor CRM, atau tambahkan di sini.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>The company is set up. Everything here stays in the Company menu.</source>
            <translation>Perusahaan sudah siap. Semua ini tetap ada di menu Perusahaan.</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— tidak ada —</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <source>&amp;Teams and members…</source>
            <translation>&amp;Tim dan anggota…</translation>
        </message>
        <message>
            <source>Te&amp;rritory tree…</source>
            <translation>Pohon &amp;wilayah…</translation>
        </message>
        <message>
            <source>&amp;Pipelines and stages…</source>
            <translation>Pipeline dan &amp;tahap…</translation>
        </message>
        <message>
            <source>&amp;Agencies…</source>
            <translation>&amp;Agensi…</translation>
        </message>
        <message>
            <source>A&amp;ccounts…</source>
            <translation>A&amp;kun…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>T&amp;ransaksi…</translation>
        </message>
        <message>
            <source>Public &amp;holidays…</source>
            <translation>&amp;Hari libur nasional…</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>&amp;Kurs…</translation>
        </message>
        <message>
            <source>&amp;Users and roles…</source>
            <translation>&amp;Pengguna dan peran…</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Win %</source>
            <translation>% menang</translation>
        </message>
        <message>
            <source>Stuck after (days)</source>
            <translation>Macet setelah (hari)</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>Prospek baru</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Terkualifikasi</translation>
        </message>
        <message>
            <source>Proposal sent</source>
            <translation>Proposal terkirim</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Kalah</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <source>Changed (batch)</source>
            <translation>Diubah (massal)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Diimpor</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(tidak dicatat)</translation>
        </message>
        <message>
            <source>Section / question</source>
            <translation>Bagian / pertanyaan</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipe</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Bobot</translation>
        </message>
        <message>
            <source>Scale top / options</source>
            <translation>Batas skala / opsi</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritis</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Yes / no</source>
            <translation>Ya / tidak</translation>
        </message>
        <message>
            <source>Scale 0–N</source>
            <translation>Skala 0–N</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Teks bebas</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Deal sizes</source>
            <translation>Ukuran transaksi</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Penjualan</translation>
        </message>
    </context>
</TS>