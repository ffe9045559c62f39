<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ActingPanel</name>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="89"/>
        <source>Plt./Plh./Pj.</source>
        <translation>Acting (Plt./Plh./Pj.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="107"/>
        <source>mis. Kepala Dinas Pendidikan</source>
        <translation>e.g. Kepala Dinas Pendidikan</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="110"/>
        <source>belum ditentukan</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="111"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="113"/>
        <source>Akhiri pada tanggal Sampai</source>
        <translation>End on the Until date</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="115"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="125"/>
        <source>Sebutan:</source>
        <translation>Prefix:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="127"/>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="129"/>
        <source>Mulai:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="131"/>
        <source>Sampai:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="156"/>
        <source>Pilih satu penugasan di daftar terlebih dahulu.</source>
        <translation>Select an assignment in the list first.</translation>
    </message>
</context>
<context>
    <name>ActingTable</name>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="52"/>
        <source>Sebutan</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="53"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="54"/>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/acting_panel.py" line="55"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>ActionPlanEditor</name>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="235"/>
        <source>Rencana Aksi</source>
        <translation>Action Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="238"/>
        <source>Tambah RA</source>
        <translation>Add RA</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="239"/>
        <source>Tambah rencana aksi (RA)</source>
        <translation>Add an action (RA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="240"/>
        <source>Tambah KK</source>
        <translation>Add KK</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="242"/>
        <source>Tambah kriteria keberhasilan (KK) pada RA terpilih</source>
        <translation>Add a success criterion (KK) to the selected RA</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="244"/>
        <source>Tambah T/O</source>
        <translation>Add T/O</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="245"/>
        <source>Tambah target/output (T/O) pada KK terpilih</source>
        <translation>Add a target/output (T/O) to the selected KK</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="246"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="247"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="248"/>
        <source>Pindahkan ke atas; nomor menyesuaikan (Alt+↑)</source>
        <translation>Move up; numbers follow (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="249"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="250"/>
        <source>Pindahkan ke bawah; nomor menyesuaikan (Alt+↓)</source>
        <translation>Move down; numbers follow (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="251"/>
        <source>Buat kerangka tahapan kunci</source>
        <translation>Create key-phase skeleton</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="254"/>
        <source>Satu klik: RA untuk fase perencanaan, pelaksanaan, aktivitas kunci serta monitoring dan evaluasi, masing-masing dengan KK dan T/O per triwulan.</source>
        <translation>One click: an RA for the planning, execution, key activity and monitoring &amp; evaluation phases, each with a KK and a T/O per quarter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="258"/>
        <source>Realisasi IKU dari penyelesaian:</source>
        <translation>Indicator realisation from completion of:</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="261"/>
        <source>— (diisi manual)</source>
        <translation>— (entered by hand)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="262"/>
        <source>Rencana Aksi ini</source>
        <translation>this action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="263"/>
        <source>KSD yang ditautkan</source>
        <translation>the linked KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="269"/>
        <source>IKU “persentase penyelesaian rencana aksi” mengambil realisasinya dari T/O atau target bulan KSD yang selesai tepat waktu (selesai / jatuh tempo × 100).</source>
        <translation>An indicator “percentage of action plan completed” takes its realisation from the T/O or KSD month targets completed on time (done / due × 100).</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="273"/>
        <source>Temuan aturan Rencana Aksi (action_plan_gap)</source>
        <translation>Action plan findings (action_plan_gap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="345"/>
        <source>Rencana Aksi IKU: {name}</source>
        <translation>Action plan of indicator: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="350"/>
        <source>PK ini sudah ditandatangani, jadi Rencana Aksinya hanya dapat dibaca. Perubahan dilakukan lewat addendum PK.</source>
        <translation>This agreement is signed, so its action plan is read-only. Changes go through an addendum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="359"/>
        <source>PK ini sudah final: setiap perubahan Rencana Aksi dicatat bersama alasannya (perubahan regulasi atau kebijakan pimpinan).</source>
        <translation>This agreement is final: every action plan change is recorded with its reason (regulation change or leadership policy).</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="366"/>
        <source>Basis data dibuka hanya-baca.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="379"/>
        <source>T/O per triwulan: </source>
        <translation>T/O per quarter: </translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="398"/>
        <source>Temuan aturan Rencana Aksi: {n}</source>
        <translation>Action plan findings: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="400"/>
        <source>Temuan aturan Rencana Aksi: tidak ada — setiap triwulan terisi.</source>
        <translation>Action plan findings: none — every quarter is covered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="434"/>
        <source>Perubahan tidak dapat disimpan.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="487"/>
        <source>Rencana aksi baru</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="488"/>
        <source>Kriteria keberhasilan baru</source>
        <translation>New success criterion</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="489"/>
        <source>Target/output baru</source>
        <translation>New target/output</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="597"/>
        <source>Teks tidak boleh kosong.</source>
        <translation>The text must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="649"/>
        <source>Ubah waktu T/O</source>
        <translation>Change T/O quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="650"/>
        <source>Ubah penanggung jawab T/O</source>
        <translation>Change T/O responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="651"/>
        <source>Ubah mitigasi T/O</source>
        <translation>Change T/O mitigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="652"/>
        <source>Ubah status T/O</source>
        <translation>Change T/O status</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="653"/>
        <source>Ubah tanggal selesai T/O</source>
        <translation>Change T/O completion date</translation>
    </message>
</context>
<context>
    <name>ActionPlanTree</name>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="37"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="38"/>
        <source>Rencana Aksi / Kriteria Keberhasilan / Target/Output</source>
        <translation>Action / Success criterion / Target/Output</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="39"/>
        <source>Waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="40"/>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="41"/>
        <source>Mitigasi</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="43"/>
        <source>Tanggal selesai</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="47"/>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="48"/>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="49"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="50"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_tree_model.py" line="85"/>
        <source>“{text}” bukan tanggal. Ketik misalnya 31-03-2024.</source>
        <translation>“{text}” is not a date. Type e.g. 31-03-2024.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="262"/>
        <source>Buat Addendum PK</source>
        <translation>Create agreement addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="288"/>
        <source>misalnya nomor surat arahan pimpinan</source>
        <translation>e.g. the number of the leadership memo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="290"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="291"/>
        <source>Berlaku mulai:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="292"/>
        <source>Keterangan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="295"/>
        <source>Addendum tidak mengubah target dan capaian periode sebelum triwulan yang dipilih: periode itu terkunci. Setiap target yang diubah dicatat sebelum/sesudah bersama alasannya. Usulan addendum paling lambat 20 Juli.</source>
        <translation>An addendum never changes targets or achievements of periods before the chosen quarter: those periods are locked. Every changed target is recorded before/after with its reason. Addendum requests are due by 20 July.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="311"/>
        <source>Buat addendum</source>
        <translation>Create addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="348"/>
        <source>Addendum tidak dapat dibuat.</source>
        <translation>The addendum could not be created.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="435"/>
        <source>Sasaran &amp;&amp; IKU</source>
        <translation>Goals &amp;&amp; Indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="436"/>
        <source>Pihak &amp;&amp; penandatanganan</source>
        <translation>Parties &amp;&amp; signing</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="437"/>
        <source>Program &amp;&amp; anggaran</source>
        <translation>Programs &amp;&amp; budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="438"/>
        <source>Pindaian bertanda tangan</source>
        <translation>Signed scans</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="439"/>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="441"/>
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="444"/>
        <source>Tetapkan PK sebagai final; ditolak selama Panel Aturan masih berisi galat.</source>
        <translation>Mark the agreement final; refused while the Rules Panel still lists errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="446"/>
        <source>Kembalikan ke draf</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="447"/>
        <source>Kembalikan PK final ke draf untuk diubah</source>
        <translation>Return the final agreement to draft to change it</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="448"/>
        <source>Tambah sasaran</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="449"/>
        <source>Tambah sasaran pada kategori terpilih</source>
        <translation>Add a goal in the selected category</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="450"/>
        <source>Tambah IKU</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="451"/>
        <source>Tambah IKU pada sasaran terpilih</source>
        <translation>Add an indicator to the selected goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="452"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="453"/>
        <source>Hapus sasaran atau IKU terpilih</source>
        <translation>Remove the selected goal or indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="454"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="455"/>
        <source>Pindahkan ke atas (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="456"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="457"/>
        <source>Pindahkan ke bawah (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="458"/>
        <source>Kategori sasaran terpilih</source>
        <translation>Category of the selected goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="459"/>
        <source>Buka IKU</source>
        <translation>Open indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="462"/>
        <source>Metadata, target dan realisasi IKU terpilih (klik ganda pada baris)</source>
        <translation>Metadata, targets and realisations of the selected indicator (double-click the row)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="467"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="468"/>
        <source>Profil daerah</source>
        <translation>Regional profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="469"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="470"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="471"/>
        <source>Pihak Pertama</source>
        <translation>First party</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="472"/>
        <source>Jabatan Pihak Pertama</source>
        <translation>First party&apos;s position</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="473"/>
        <source>Pihak Kedua</source>
        <translation>Second party</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="474"/>
        <source>Jabatan Pihak Kedua</source>
        <translation>Second party&apos;s position</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="475"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="476"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="477"/>
        <source>Tanggal pengesahan DPA</source>
        <translation>DPA approval date</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="483"/>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="486"/>
        <source>Tanggal DPA disahkan; profil dengan batas PK sekian bulan setelah DPA menghitung tenggatnya dari tanggal ini.</source>
        <translation>The date the DPA was approved; profiles whose agreement deadline runs some months after the DPA count it from this date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="490"/>
        <source>Tambah program</source>
        <translation>Add program</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="491"/>
        <source>Hapus program</source>
        <translation>Remove program</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="492"/>
        <source>Lampirkan pindaian…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="495"/>
        <source>Lampirkan pindaian PK bertanda tangan; boleh setelah PK ditandatangani</source>
        <translation>Attach the scan of the signed agreement; allowed after signing</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="497"/>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="498"/>
        <source>Hapus pindaian terpilih</source>
        <translation>Remove the selected scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="501"/>
        <source>Pindaian PK yang sudah ditandatangani basah (PDF atau gambar). Berkas disimpan di basis data dengan sidik SHA-256 sehingga ikut terkirim dalam bundel sinkron.</source>
        <translation>Scans of the agreement signed in ink (PDF or image). Files are stored in the database with their SHA-256 fingerprint, so they travel in sync bundles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="603"/>
        <source>Jumlah anggaran: {total}</source>
        <translation>Total budget: {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="618"/>
        <source>Perjanjian Kinerja {year}</source>
        <translation>Performance Agreement {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="623"/>
        <source>{owner} — {title}, {level}. {count} sasaran, {indicators} IKU.</source>
        <translation>{owner} — {title}, {level}. {count} goals, {indicators} indicators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="634"/>
        <source>Status: {status} · {kind}</source>
        <translation>Status: {status} · {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="637"/>
        <source>PK yang sudah ditandatangani hanya dapat diubah lewat addendum.</source>
        <translation>A signed agreement can only change through an addendum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="652"/>
        <source>Nilai Kinerja {period}</source>
        <translation>Performance score {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="696"/>
        <source>Pilih sebuah sasaran atau IKU di tabel.</source>
        <translation>Select a goal or an indicator in the table.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="706"/>
        <source>Pilih sebuah IKU di tabel.</source>
        <translation>Select an indicator in the table.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="820"/>
        <source>Ubah target tahunan</source>
        <translation>Change annual target</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="858"/>
        <source>Sasaran baru</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="876"/>
        <source>Indikator baru</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="976"/>
        <source>Anggaran wajib diisi (misalnya 8.797.819.537).</source>
        <translation>The budget is required (for example 8.797.819.537).</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="981"/>
        <source>Nama program wajib diisi.</source>
        <translation>The program name is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="990"/>
        <source>Program baru</source>
        <translation>New program</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="999"/>
        <source>Lampirkan pindaian PK bertanda tangan</source>
        <translation>Attach a scan of the signed agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/agreement_editor.py" line="1000"/>
        <source>PDF atau gambar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>AgreementHistoryPanel</name>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="185"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="212"/>
        <source>{n} perubahan terbaru; ekspor CSV berisi seluruh riwayat.</source>
        <translation>The {n} latest changes; the CSV export holds the whole history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="215"/>
        <source>{n} perubahan, terbaru di atas.</source>
        <translation>{n} changes, newest first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="218"/>
        <source>Ekspor riwayat perubahan</source>
        <translation>Export change history</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="220"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/shell/app.py" line="82"/>
        <source>pk-desk: “{path}” tidak ditemukan di pohon.</source>
        <translation>pk-desk: “{path}” was not found in the tree.</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <location filename="../../app/ui/agreement/program_table_model.py" line="77"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/program_table_model.py" line="78"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/program_table_model.py" line="79"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../app/ui/shell/background.py" line="200"/>
        <source>PK Desk</source>
        <translation>PK Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/background.py" line="202"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CascadeMatrix</name>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="38"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="39"/>
        <source>Sasaran / Indikator Kinerja atasan</source>
        <translation>Superior&apos;s goal / indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="40"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="162"/>
        <source>Status PK: {status}</source>
        <translation>Agreement status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="166"/>
        <source>PK bawahan ini sudah ditandatangani: kolomnya hanya dapat dibaca.</source>
        <translation>This subordinate&apos;s agreement is signed: its column is read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="227"/>
        <source>Konsolidasi lokasi: {value}</source>
        <translation>Location consolidation: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="282"/>
        <source>PK {official} sudah ditandatangani.</source>
        <translation>{official}&apos;s agreement is signed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="285"/>
        <source>Belum di-cascade ke {official}. Klik ganda atau Spasi untuk mencentang.</source>
        <translation>Not cascaded to {official} yet. Double-click or press Space to tick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_model.py" line="291"/>
        <source>porsi {share} %</source>
        <translation>share {share} %</translation>
    </message>
</context>
<context>
    <name>CascadeMatrixView</name>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="268"/>
        <source>Matriks Cascading</source>
        <translation>Cascading Matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="273"/>
        <source>Baris: IKU atasan per sasaran. Kolom: PK bawahan langsung. Klik ganda (atau Spasi) sel kosong untuk mencentang — direct atau indirect; klik ganda sel bercentang untuk menulis catatan; Delete menghapus centang.</source>
        <translation>Rows: the superior&apos;s indicators by goal. Columns: the direct subordinates&apos; agreements. Double-click (or Space) an empty cell to tick it — direct or indirect; double-click a ticked cell to write a note; Delete removes the tick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="278"/>
        <source>Centang…</source>
        <translation>Tick…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="279"/>
        <source>Hapus centang</source>
        <translation>Remove tick</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="280"/>
        <source>Catatan sel</source>
        <translation>Cell note</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="281"/>
        <source>Buka IKU bawahan</source>
        <translation>Open subordinate&apos;s indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="284"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="286"/>
        <source>indirect</source>
        <translation>indirect</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="288"/>
        <source>PK ditandatangani</source>
        <translation>signed agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="345"/>
        <source>Matriks Cascading PK {year} — {owner}</source>
        <translation>Cascading matrix {year} — {owner}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="352"/>
        <source>Belum ada PK {year} bawahan langsung {owner}. Buat PK bawahan dulu; kolomnya muncul di sini.</source>
        <translation>{owner}&apos;s direct subordinates have no {year} agreement yet. Create their agreements first; their columns appear here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="359"/>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="400"/>
        <source>{rows} IKU × {columns} bawahan, {ticked} sel dicentang</source>
        <translation>{rows} indicators × {columns} subordinates, {ticked} cells ticked</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="407"/>
        <source>{n} temuan cascading</source>
        <translation>{n} cascading findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="409"/>
        <source>tidak ada temuan cascading</source>
        <translation>no cascading findings</translation>
    </message>
</context>
<context>
    <name>CascadeTree</name>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="165"/>
        <source>Unit, pejabat, PK, sasaran, IKU</source>
        <translation>Unit, official, agreement, goal, indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="167"/>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="215"/>
        <source>PK {year}</source>
        <translation>PK {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="247"/>
        <source>Kode: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="251"/>
        <source>Cascading direct</source>
        <translation>Direct cascade</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="252"/>
        <source>Cascading indirect</source>
        <translation>Indirect cascade</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="253"/>
        <source>Non-cascading</source>
        <translation>Non-cascading</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="260"/>
        <source>{period}: {value} ({band})</source>
        <translation>{period}: {value} ({band})</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/cascade_tree_model.py" line="267"/>
        <source>{period}: N/A</source>
        <translation>{period}: N/A</translation>
    </message>
</context>
<context>
    <name>CascadeTreeDialog</name>
    <message>
        <location filename="../../app/ui/province/cascade_tree_dialog.py" line="37"/>
        <source>Pohon cascading provinsi</source>
        <translation>Province cascade tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_dialog.py" line="52"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_dialog.py" line="56"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_dialog.py" line="57"/>
        <source>Nilai s.d.</source>
        <translation>Values up to</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_dialog.py" line="82"/>
        <source>%1 pejabat dalam pohon</source>
        <translation>%1 officials in the tree</translation>
    </message>
</context>
<context>
    <name>ChangeReasonDialog</name>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="68"/>
        <source>Alasan perubahan Rencana Aksi</source>
        <extracomment>The reasons the Instruksi accepts for changing a finalised Rencana Aksi (seed 000).</extracomment>
        <translation>Reason for the action plan change</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="71"/>
        <source>Perjanjian kinerja ini sudah final. Instruksi Sekda 4/2024 mengizinkan perubahan Rencana Aksi hanya karena perubahan regulasi atau kebijakan pimpinan; alasannya dicatat bersama perubahan.</source>
        <translation>This agreement is final. Instruksi Sekda 4/2024 allows action plan changes only for a regulation change or a leadership policy; the reason is recorded with the change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="79"/>
        <source>Perubahan regulasi</source>
        <translation>Regulation change</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="80"/>
        <source>Kebijakan pimpinan</source>
        <translation>Leadership policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="85"/>
        <source>Pakai alasan ini untuk perubahan berikutnya pada IKU ini</source>
        <translation>Use this reason for this indicator&apos;s next changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/action_plan_editor.py" line="91"/>
        <source>Simpan perubahan</source>
        <translation>Save the change</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="17"/>
        <source>rencana aksi</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="18"/>
        <source>kriteria keberhasilan</source>
        <translation>success criterion</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="19"/>
        <source>target/output</source>
        <translation>target/output</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="76"/>
        <source>Tambah {what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="121"/>
        <source>Hapus {what}</source>
        <translation>Remove {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="144"/>
        <source>Pindahkan {what}</source>
        <translation>Move {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="172"/>
        <source>mitigasi</source>
        <translation>mitigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="178"/>
        <source>Ubah {what}</source>
        <translation>Change {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="248"/>
        <source>Buat kerangka tahapan kunci</source>
        <translation>Create key-phase skeleton</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="291"/>
        <source>Tambah KSD</source>
        <translation>Add KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="305"/>
        <source>Hapus KSD</source>
        <translation>Remove KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="312"/>
        <source>Pindahkan KSD</source>
        <translation>Move KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/commands.py" line="357"/>
        <source>Ubah target KSD {month}</source>
        <translation>Change KSD target {month}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/commands.py" line="82"/>
        <source>Centang cascading</source>
        <translation>Tick cascade</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/commands.py" line="120"/>
        <source>Hapus centang cascading</source>
        <translation>Remove cascade tick</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/commands.py" line="142"/>
        <source>Ubah catatan cascading</source>
        <translation>Change cascade note</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/commands.py" line="35"/>
        <source>Buat addendum PK</source>
        <translation>Create addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/commands.py" line="64"/>
        <source>Buat PK pengganti</source>
        <translation>Create replacement agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="82"/>
        <source>Ubah {fields}</source>
        <translation>Change {fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="60"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="61"/>
        <source>realisasi</source>
        <translation>realisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="62"/>
        <source>pembilang</source>
        <translation>numerator</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="63"/>
        <source>penyebut</source>
        <translation>denominator</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="64"/>
        <source>bukti dukung</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="67"/>
        <source>Jadikan N/A {what} {period}</source>
        <translation>Set {what} {period} to N/A</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="70"/>
        <source>Ubah {what} {period}</source>
        <translation>Change {what} {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/commands.py" line="86"/>
        <source>Ubah riwayat {year}</source>
        <translation>Change history {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="46"/>
        <source>Tambah IKU</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="63"/>
        <source>Tambah IKU wajib</source>
        <translation>Add mandatory indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="80"/>
        <source>Hapus IKU</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="93"/>
        <source>Pindahkan IKU</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="135"/>
        <source>Tambah sasaran</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="154"/>
        <source>Hapus sasaran</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="162"/>
        <source>Pindahkan sasaran</source>
        <translation>Move goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="223"/>
        <source>Finalkan perjanjian kinerja</source>
        <translation>Finalise agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="246"/>
        <source>Kembalikan ke draf</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="288"/>
        <source>Buat perjanjian kinerja</source>
        <translation>Create agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="322"/>
        <source>Tambah program</source>
        <translation>Add program</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="336"/>
        <source>Hapus program</source>
        <translation>Remove program</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="384"/>
        <source>Lampirkan pindaian</source>
        <translation>Attach scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/commands.py" line="396"/>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="22"/>
        <source>Simpan sasaran RPJMD {code}</source>
        <extracomment>The menu label of saving and of removing each kind of entry.</extracomment>
        <translation>Save RPJMD goal {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="23"/>
        <source>Hapus sasaran RPJMD {code}</source>
        <translation>Remove RPJMD goal {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="26"/>
        <source>Simpan IKU RPJMD {code}</source>
        <translation>Save RPJMD indicator {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="27"/>
        <source>Hapus IKU RPJMD {code}</source>
        <translation>Remove RPJMD indicator {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="30"/>
        <source>Simpan KSD provinsi {code}</source>
        <translation>Save province KSD {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="31"/>
        <source>Hapus KSD provinsi {code}</source>
        <translation>Remove province KSD {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="34"/>
        <source>Simpan IKU wajib {code}</source>
        <translation>Save mandatory indicator {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/commands.py" line="35"/>
        <source>Hapus IKU wajib {code}</source>
        <translation>Remove mandatory indicator {code}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="129"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="130"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="131"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="132"/>
        <source>Semula</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="133"/>
        <source>Sekarang (menang)</source>
        <translation>Current (winner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="134"/>
        <source>Masuk</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="135"/>
        <source>Pilihan</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="138"/>
        <source>pakai nilai sekarang</source>
        <translation>keep the current value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="139"/>
        <source>pakai nilai masuk</source>
        <translation>take the incoming value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="140"/>
        <source>nilai lain</source>
        <translation>another value</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../app/ui/province/coverage_dialog.py" line="45"/>
        <source>Cakupan PK provinsi</source>
        <translation>Province PK coverage</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_dialog.py" line="57"/>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_dialog.py" line="59"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_dialog.py" line="61"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_dialog.py" line="94"/>
        <source>%1 unit, %2 dari %3 PK ditandatangani</source>
        <translation>%1 units, %2 of %3 PKs signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_dialog.py" line="114"/>
        <source>Ekspor cakupan</source>
        <translation>Export coverage</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="28"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="29"/>
        <source>Sasaran</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="30"/>
        <source>Nilai Sasaran</source>
        <translation>Goal score</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="31"/>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="60"/>
        <source>IKU berisiko</source>
        <translation>Indicator at risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="61"/>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_table_models.py" line="63"/>
        <source>Tren TW I–IV</source>
        <translation>Trend Q1–Q4</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="220"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="223"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="224"/>
        <source>Nilai Kinerja</source>
        <translation>Performance score</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="225"/>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="229"/>
        <source>Nilai Sasaran</source>
        <translation>Goal scores</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="226"/>
        <source>IKU berisiko (&lt; 80)</source>
        <translation>Indicators at risk (&lt; 80)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="227"/>
        <source>PK ditandatangani</source>
        <translation>Signed agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="228"/>
        <source>Nilai Kinerja per triwulan</source>
        <translation>Performance score by quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="230"/>
        <source>IKU berisiko</source>
        <translation>Indicators at risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="231"/>
        <source>Cakupan PK pejabat unit</source>
        <translation>Agreement coverage of the unit&apos;s officials</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="232"/>
        <source>Tenggat dan peringatan</source>
        <translation>Deadlines and warnings</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="296"/>
        <source>Menghitung…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="326"/>
        <source>Dasbor Kinerja — {unit}</source>
        <translation>Performance dashboard — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="328"/>
        <source>Unit ini belum memiliki perjanjian kinerja.</source>
        <translation>This unit has no performance agreement yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="337"/>
        <source>Dasbor Kinerja {year} — {unit}</source>
        <translation>Performance dashboard {year} — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="343"/>
        <source>Unit ini belum memiliki PK {year}: belum ada nilai untuk ditampilkan.</source>
        <translation>This unit has no {year} agreement: there is no score to show yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="351"/>
        <source>{period} · PK {owner} · dihitung dengan layanan skor yang sama dengan pk-desk score</source>
        <translation>{period} · {owner}&apos;s agreement · computed by the same scoring service as pk-desk score</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="359"/>
        <source>belum ada capaian pada periode ini</source>
        <translation>no achievement in this period yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="364"/>
        <source>{n} dari {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="366"/>
        <source>terendah {score}: {goal}</source>
        <translation>lowest {score}: {goal}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="370"/>
        <source>belum ada sasaran yang dinilai</source>
        <translation>no goal scored yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="376"/>
        <source>dari {n} IKU</source>
        <translation>of {n} indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="381"/>
        <source>{signed} dari {total}</source>
        <translation>{signed} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="383"/>
        <source>pejabat unit (di luar pelaksana)</source>
        <translation>unit&apos;s officials (staff excluded)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="385"/>
        <source>Capaian per IKU — {period}</source>
        <translation>Achievement per indicator — {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="423"/>
        <source>IKU berisiko: {n}</source>
        <translation>Indicators at risk: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="427"/>
        <source>Tenggat dan peringatan: {n}</source>
        <translation>Deadlines and warnings: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="455"/>
        <source>Belum ada PK</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="456"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="457"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="458"/>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="459"/>
        <source>Digantikan</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/dashboard_view.py" line="468"/>
        <source>Belum memiliki PK {year}: {names}</source>
        <translation>Without a {year} agreement: {names}</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <location filename="../../app/ui/shell/database_recovery.py" line="19"/>
        <source>Berkas {path} rusak dan tidak ada cadangan yang utuh. PK Desk tidak menulis ke berkas ini.</source>
        <translation>The file {path} is damaged and there is no intact backup. PK Desk does not write to this file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/database_recovery.py" line="23"/>
        <source>Berkas {path} rusak (pemeriksaan integritas gagal); PK Desk tidak menulis ke berkas ini.

Cadangan terbaru yang utuh: {backup}

Pulihkan dari cadangan itu? Berkas yang rusak disimpan di folder cadangan; perubahan sesudah cadangan dibuat tidak ada di dalamnya.</source>
        <translation>The file {path} is damaged (the integrity check failed); PK Desk does not write to this file.

Newest intact backup: {backup}

Restore from that backup? The damaged file is kept in the backups folder; changes made after the backup was taken are not in it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/database_recovery.py" line="29"/>
        <source>Basis data rusak</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/database_recovery.py" line="30"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/database_recovery.py" line="31"/>
        <source>Memulihkan basis data…</source>
        <translation>Restoring the database…</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="50"/>
        <source>Impor E&amp;xcel…</source>
        <translation>Import E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="51"/>
        <source>Baca PK dari buku kerja Excel, dengan pratinjau</source>
        <translation>Read agreements from an Excel workbook, with a preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="52"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="53"/>
        <source>Tulis PK terpilih ke buku kerja Excel</source>
        <translation>Write the selected agreement to an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="105"/>
        <source>Buku kerja diimpor.</source>
        <translation>Workbook imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="111"/>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="114"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="127"/>
        <source>Diekspor ke {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/excel_actions.py" line="131"/>
        <source>Mengekspor ke Excel</source>
        <translation>Exporting to Excel</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="40"/>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="41"/>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="42"/>
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="43"/>
        <source>dilewati</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="53"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="54"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="55"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="56"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="99"/>
        <source>Impor Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="108"/>
        <source>Seret buku kerja (.xlsx) ke sini, atau pilih berkasnya.</source>
        <translation>Drag a workbook (.xlsx) here, or choose the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="113"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="117"/>
        <source>Isi perjanjian terpilih: {name}</source>
        <translation>Fill the selected agreement: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="120"/>
        <source>Perjanjian baru untuk unit {code}</source>
        <translation>New agreement for unit {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="149"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="172"/>
        <source>Pilih buku kerja</source>
        <translation>Choose a workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="173"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="206"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="206"/>
        <source>Membaca buku kerja</source>
        <translation>Reading the workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="241"/>
        <source>Tidak ada yang diimpor.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="243"/>
        <source>{n} masalah harus diperbaiki di buku kerja sebelum impor.</source>
        <translation>{n} problem(s) must be fixed in the workbook before importing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="266"/>
        <source>Buku kerja tidak dapat diimpor.</source>
        <translation>The workbook cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="277"/>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel/import_dialog.py" line="278"/>
        <source>Mengimpor buku kerja</source>
        <translation>Importing the workbook</translation>
    </message>
</context>
<context>
    <name>ExportPreviewTableModel</name>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="48"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="49"/>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="50"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="52"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="29"/>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="30"/>
        <source>nama IKU</source>
        <translation>indicator name</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="31"/>
        <source>teks sasaran</source>
        <translation>goal text</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="32"/>
        <source>kategori sasaran</source>
        <translation>goal category</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="33"/>
        <source>sasaran RPJMD</source>
        <translation>RPJMD goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="34"/>
        <source>IKU RPJMD</source>
        <translation>RPJMD indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="35"/>
        <source>satuan</source>
        <translation>unit of measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="36"/>
        <source>sistem sumber data</source>
        <translation>source system</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="37"/>
        <source>Pengukuran Kinerja</source>
        <translation>Performance measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="38"/>
        <source>misi</source>
        <translation>mission</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="39"/>
        <source>deskripsi sasaran</source>
        <translation>goal description</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="40"/>
        <source>definisi</source>
        <translation>definition</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="41"/>
        <source>formula</source>
        <translation>formula</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="42"/>
        <source>kendali</source>
        <translation>control</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="43"/>
        <source>validitas</source>
        <translation>validity</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="44"/>
        <source>unit penanggung jawab</source>
        <translation>responsible unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="45"/>
        <source>penanggung jawab</source>
        <translation>responsible person</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="46"/>
        <source>penyedia data</source>
        <translation>data provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="47"/>
        <source>sumber data</source>
        <translation>data source</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="48"/>
        <source>jenis cascading</source>
        <translation>cascade type</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="49"/>
        <source>metode cascading</source>
        <translation>cascade method</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="50"/>
        <source>konsolidasi periode</source>
        <translation>period consolidation</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="51"/>
        <source>konsolidasi lokasi</source>
        <translation>location consolidation</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="52"/>
        <source>polarisasi</source>
        <translation>polarity</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="53"/>
        <source>periode pengukuran</source>
        <translation>measuring period</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="54"/>
        <source>aspek target</source>
        <translation>target aspect</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="55"/>
        <source>bentuk target</source>
        <translation>target form</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="56"/>
        <source>skala predikat</source>
        <translation>predicate scale</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="57"/>
        <source>IKU wajib</source>
        <translation>mandatory indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="58"/>
        <source>tahun</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="59"/>
        <source>profil</source>
        <translation>profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="60"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="61"/>
        <source>pihak pertama</source>
        <translation>first party</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="62"/>
        <source>pihak kedua</source>
        <translation>second party</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="63"/>
        <source>jabatan pihak pertama</source>
        <translation>first party&apos;s position</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="64"/>
        <source>jabatan pihak kedua</source>
        <translation>second party&apos;s position</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="65"/>
        <source>sebutan pihak pertama</source>
        <translation>first party&apos;s prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="66"/>
        <source>sebutan pihak kedua</source>
        <translation>second party&apos;s prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="67"/>
        <source>tempat penandatanganan</source>
        <translation>signing place</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="68"/>
        <source>tanggal penandatanganan</source>
        <translation>signing date</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="69"/>
        <source>tanggal pengesahan DPA</source>
        <translation>DPA approval date</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="70"/>
        <source>kode program</source>
        <translation>program code</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="71"/>
        <source>anggaran</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/undo.py" line="72"/>
        <source>keterangan</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="50"/>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="51"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="52"/>
        <source>PK</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="53"/>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>GoalReferenceBar</name>
    <message>
        <location filename="../../app/ui/agreement/reference_bar.py" line="64"/>
        <source>Sasaran RPJMD yang didukung sasaran terpilih</source>
        <translation>The RPJMD goal the selected goal supports</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/reference_bar.py" line="65"/>
        <source>Tambah IKU wajib…</source>
        <translation>Add mandatory indicator…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/reference_bar.py" line="67"/>
        <source>IKU yang diwajibkan provinsi untuk perjanjian ini dan belum ada</source>
        <translation>Indicators the province made mandatory for this agreement that it does not have yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/reference_bar.py" line="111"/>
        <source>(tanpa sasaran RPJMD)</source>
        <translation>(no RPJMD goal)</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="45"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="46"/>
        <source>Sasaran / Indikator Kinerja</source>
        <translation>Goal / Performance indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="47"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="48"/>
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="49"/>
        <source>Target tahunan</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="50"/>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="51"/>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="154"/>
        <source>{category} (belum ada sasaran)</source>
        <translation>{category} (no goals yet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="185"/>
        <source>Nilai Sasaran</source>
        <translation>Goal score</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="194"/>
        <source>wajib</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/goal_table_model.py" line="254"/>
        <source>Bobot tabel {weight}; bobot tertimbang dalam sasaran {ww}</source>
        <translation>Table weight {weight}; weighted weight within the goal {ww}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="103"/>
        <source>alasan status</source>
        <translation>status reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="102"/>
        <source>induk</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="101"/>
        <source>jenis</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="100"/>
        <source>pangkat/golongan</source>
        <translation>rank</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="99"/>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="98"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="97"/>
        <source>jenjang jabatan</source>
        <translation>position level</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="96"/>
        <source>status kepegawaian</source>
        <translation>employment status</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="95"/>
        <source>lokasi</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="94"/>
        <source>penyebut</source>
        <translation>denominator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="93"/>
        <source>pembilang</source>
        <translation>numerator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="92"/>
        <source>catatan</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="91"/>
        <source>unit penanggung jawab</source>
        <translation>responsible units</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="90"/>
        <source>instansi terkait</source>
        <translation>related agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="87"/>
        <location filename="../../app/ui/agreement/history_panel.py" line="88"/>
        <source>rencana aksi</source>
        <translation>action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="86"/>
        <source>sub-nama</source>
        <translation>sub-name</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="85"/>
        <source>nomor KSD</source>
        <translation>KSD number</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="83"/>
        <source>keluaran yang diharapkan</source>
        <translation>expected output</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="82"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="81"/>
        <source>bulan</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="80"/>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="79"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="78"/>
        <source>realisasi</source>
        <translation>realisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="77"/>
        <source>metode</source>
        <translation>method</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="76"/>
        <source>IKU bawahan</source>
        <translation>child indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="75"/>
        <source>IKU atasan</source>
        <translation>parent indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="74"/>
        <source>sasaran atasan</source>
        <translation>parent goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="73"/>
        <source>perjanjian</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="72"/>
        <source>sasaran</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="70"/>
        <location filename="../../app/ui/agreement/history_panel.py" line="89"/>
        <source>kriteria keberhasilan</source>
        <translation>success criterion</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="69"/>
        <source>triwulan</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="68"/>
        <source>penanggung jawab</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="67"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="66"/>
        <source>urutan</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="65"/>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="64"/>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="63"/>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="62"/>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="33"/>
        <source>Perjanjian</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="34"/>
        <source>Sasaran</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="35"/>
        <location filename="../../app/ui/agreement/history_panel.py" line="71"/>
        <source>IKU</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="36"/>
        <source>Target/realisasi</source>
        <translation>Target/realisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="37"/>
        <source>Riwayat IKU</source>
        <translation>Indicator history</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="38"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="39"/>
        <source>Nilai lokasi</source>
        <translation>Location value</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="40"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="41"/>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="42"/>
        <source>Catatan addendum</source>
        <translation>Addendum record</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="43"/>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="44"/>
        <source>Kriteria keberhasilan</source>
        <translation>Success criterion</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="45"/>
        <source>Target/output</source>
        <translation>Target/output</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="46"/>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="47"/>
        <location filename="../../app/ui/agreement/history_panel.py" line="84"/>
        <source>KSD</source>
        <translation>KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="48"/>
        <source>Target bulanan KSD</source>
        <translation>KSD monthly target</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="49"/>
        <source>Crosscutting</source>
        <translation>Crosscutting</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="52"/>
        <source>tambah</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="53"/>
        <source>ubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="54"/>
        <source>hapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="55"/>
        <source>hapus permanen</source>
        <translation>purged</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="122"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="123"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="124"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="125"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="126"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="127"/>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/history_panel.py" line="128"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="22"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="23"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="24"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="25"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportReportTableModel</name>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="71"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="72"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="73"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="74"/>
        <source>Diubah</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="75"/>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="76"/>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="77"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="78"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="79"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="82"/>
        <source>menunggu bundel sebelumnya</source>
        <translation>waiting for the previous bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="83"/>
        <source>sudah pernah diimpor</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="84"/>
        <source>kunci belum dipercaya</source>
        <translation>key not trusted yet</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="90"/>
        <source>Kotak masuk bundel</source>
        <translation>Bundle inbox</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="101"/>
        <source>Semua keadaan</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="103"/>
        <source>Diterapkan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="104"/>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="105"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="106"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="112"/>
        <source>Cari unit, berkas atau keterangan</source>
        <translation>Search unit, file or reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="116"/>
        <source>Seret berkas .pkbundle atau folder ke sini untuk mengimpor.</source>
        <translation>Drag .pkbundle files or folders here to import them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="118"/>
        <source>Impor &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="121"/>
        <source>Tambah &amp;berkas…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="123"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="125"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="129"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="157"/>
        <source>%1 bundel</source>
        <translation>%1 bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="173"/>
        <source>Tidak ada berkas .pkbundle di sana.</source>
        <translation>There are no .pkbundle files there.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="186"/>
        <source>Pilih folder bundel</source>
        <translation>Choose a folder of bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="192"/>
        <source>Pilih berkas</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_dialog.py" line="192"/>
        <source>Berkas PK Desk (*.pkbundle *.pkreceipt)</source>
        <translation>PK Desk files (*.pkbundle *.pkreceipt)</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="401"/>
        <source>Target &amp;&amp; Realisasi</source>
        <translation>Targets &amp;&amp; Realisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="402"/>
        <source>Metadata (Format 1)</source>
        <translation>Metadata (Format 1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="403"/>
        <source>Riwayat &amp;&amp; cascading</source>
        <translation>History &amp;&amp; cascade</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="404"/>
        <source>← Kembali ke PK</source>
        <translation>← Back to agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="405"/>
        <source>Data mentah (pembilang/penyebut)</source>
        <translation>Raw data (numerator/denominator)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="407"/>
        <source>Isi realisasi sebagai pembilang dan penyebut, misalnya 79 dari 87 pegawai.</source>
        <translation>Enter realisations as numerator and denominator, e.g. 79 of 87 employees.</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="411"/>
        <source>Ketik 319,53 atau 319.53 atau 1.234.567. Delete atau “N/A” menjadikan sel N/A (tidak ada target/realisasi, bukan 0). Capaian dihitung langsung saat mengetik.</source>
        <translation>Type 319,53 or 319.53 or 1.234.567. Delete or “N/A” makes a cell N/A (no target/realisation, not 0). Achievement is computed as you type.</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="415"/>
        <source>Nilai pada periode terpilih</source>
        <translation>Scores for the chosen period</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="417"/>
        <source>Capaian IKU</source>
        <translation>Indicator achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="418"/>
        <source>Bobot IKU (tabel)</source>
        <translation>Indicator weight (table)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="419"/>
        <source>Bobot tertimbang</source>
        <translation>Weighted weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="420"/>
        <source>Nilai Sasaran</source>
        <translation>Goal score</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="421"/>
        <source>Nilai Kinerja PK</source>
        <translation>Agreement performance score</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="425"/>
        <source>Identitas IKU</source>
        <translation>Indicator identity</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="426"/>
        <source>Kualitas IKU (validitas dan kendali)</source>
        <translation>Indicator quality (validity and control)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="427"/>
        <source>Pengukuran</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="428"/>
        <source>Cascading</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="429"/>
        <source>Definisi, formula dan Pengukuran Kinerja</source>
        <translation>Definition, formula and performance measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="430"/>
        <source>Penanggung jawab dan sumber data</source>
        <translation>Responsibility and data sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="435"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="436"/>
        <source>Nama IKU</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="437"/>
        <source>Satuan pengukuran</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="438"/>
        <source>Aspek target</source>
        <translation>Target aspect</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="439"/>
        <source>Bentuk target</source>
        <translation>Target form</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="440"/>
        <source>Skala predikat</source>
        <translation>Predicate scale</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="441"/>
        <source>IKU wajib dari atasan</source>
        <translation>Mandatory indicator from above</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="442"/>
        <source>IKU RPJMD yang didukung</source>
        <translation>RPJMD indicator supported</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="443"/>
        <source>Validitas</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="444"/>
        <source>Kendali</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="445"/>
        <source>Polarisasi</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="446"/>
        <source>Konsolidasi periode</source>
        <translation>Period consolidation</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="447"/>
        <source>Periode pengukuran</source>
        <translation>Measuring period</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="448"/>
        <source>Jenis cascading</source>
        <translation>Cascade type</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="449"/>
        <source>Metode cascading</source>
        <translation>Cascade method</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="450"/>
        <source>Konsolidasi lokasi</source>
        <translation>Location consolidation</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="451"/>
        <source>Definisi</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="452"/>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="453"/>
        <source>Pengukuran Kinerja</source>
        <translation>Performance measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="454"/>
        <source>Misi</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="455"/>
        <source>Deskripsi sasaran</source>
        <translation>Goal description</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="456"/>
        <source>Unit penanggung jawab</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="457"/>
        <source>Penanggung jawab</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="458"/>
        <source>Penyedia data</source>
        <translation>Data provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="459"/>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="460"/>
        <source>Sistem sumber</source>
        <translation>Source system</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="467"/>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="469"/>
        <source>Riwayat target dan realisasi (Y-2, Y-1)</source>
        <translation>Target and realisation history (Y-2, Y-1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="471"/>
        <source>Cascading: IKU atasan dan IKU bawahan (klik ganda untuk membuka)</source>
        <translation>Cascade: superior&apos;s and subordinates&apos; indicators (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="475"/>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="476"/>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="477"/>
        <source>IKU</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="478"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="479"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="540"/>
        <source>Realisasi tetap dapat diisi.</source>
        <translation>Realisations can still be entered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="608"/>
        <source>Kualitas: {quality}</source>
        <translation>Quality: {quality}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="611"/>
        <source>Polarisasi: {value}</source>
        <translation>Polarity: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="612"/>
        <source>Konsolidasi: {value}</source>
        <translation>Consolidation: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="615"/>
        <source>Diukur: {value}</source>
        <translation>Measured: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="618"/>
        <source>Satuan: {value}</source>
        <translation>Unit: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="619"/>
        <source>Status PK: {value}</source>
        <translation>Agreement status: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="630"/>
        <source>— ikut tautan RPJMD sasarannya</source>
        <translation>— follows its goal&apos;s RPJMD link</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="635"/>
        <source>(IKU RPJMD yang ditarik)</source>
        <translation>(withdrawn RPJMD indicator)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="645"/>
        <source>Atasan</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="646"/>
        <source>Bawahan</source>
        <translation>Subordinate</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="669"/>
        <source>Nilai pada periode terpilih: {period}</source>
        <translation>Scores for the chosen period: {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="677"/>
        <source> (pratinjau)</source>
        <translation> (preview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="692"/>
        <source> (turunan, belum ada di Tabel 4.2)</source>
        <translation> (derived, not in Table 4.2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="694"/>
        <source> (kualitas tidak diperbolehkan)</source>
        <translation> (quality not allowed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="699"/>
        <source>N/A — tidak ikut dalam pembobotan periode ini</source>
        <translation>N/A — left out of this period&apos;s weighting</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="751"/>
        <source>Ubah nilai</source>
        <translation>Edit value</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="754"/>
        <source>Jadikan N/A</source>
        <translation>Set to N/A</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="778"/>
        <source>Nama IKU wajib diisi.</source>
        <translation>The indicator name is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/indicator_editor.py" line="788"/>
        <source>{indicator}: {field} — {reason}</source>
        <translation>{indicator}: {field} — {reason}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="45"/>
        <source>Kunci dan kepercayaan</source>
        <translation>Keys and trust</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="49"/>
        <source>Kunci instalasi ini</source>
        <translation>This installation&apos;s key</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="57"/>
        <source>Id kunci:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="58"/>
        <source>Sidik jari:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="62"/>
        <source>Bacakan sidik jari ini kepada provinsi lewat telepon agar bundel dari instalasi ini dipercaya.</source>
        <translation>Read this fingerprint to the province over the phone so that bundles from this installation are trusted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="68"/>
        <source>Simpan kunci publik…</source>
        <translation>Save public key…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="72"/>
        <source>Kunci tepercaya per unit</source>
        <translation>Trusted keys per unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="80"/>
        <source>&amp;Cabut…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="85"/>
        <source>kode unit, mis. BKD</source>
        <translation>unit code, e.g. BKD</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="89"/>
        <source>Tempel kunci publik unit di sini, atau pilih berkasnya</source>
        <translation>Paste the unit&apos;s public key here, or choose its file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="96"/>
        <source>catatan, mis. nama operator</source>
        <translation>a note, e.g. the operator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="97"/>
        <source>Dari &amp;berkas…</source>
        <translation>From &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="99"/>
        <source>&amp;Percayai</source>
        <translation>&amp;Trust</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="103"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="104"/>
        <source>Kunci publik:</source>
        <translation>Public key:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="105"/>
        <source>Sidik jari kunci ini:</source>
        <translation>This key&apos;s fingerprint:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="106"/>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="149"/>
        <source>(bukan kunci publik PK Desk)</source>
        <translation>(not a PK Desk public key)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="157"/>
        <source>Pilih berkas kunci</source>
        <translation>Choose key file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="157"/>
        <source>Kunci publik (*.pkkey);;Semua (*)</source>
        <translation>Public key (*.pkkey);;All (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="187"/>
        <source>Kunci {fingerprint} dipercaya untuk unit {unit}.</source>
        <translation>Key {fingerprint} is trusted for unit {unit}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="201"/>
        <source>Pilih kunci yang dicabut.</source>
        <translation>Choose the key to revoke.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="205"/>
        <source>Alasan pencabutan:</source>
        <translation>Why it is revoked:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="221"/>
        <source>Kunci {fingerprint} dicabut; bundelnya tidak diterima lagi.</source>
        <translation>Key {fingerprint} is revoked; its bundles are no longer accepted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="228"/>
        <source>Simpan kunci publik</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="228"/>
        <source>Kunci publik (*.pkkey)</source>
        <translation>Public key (*.pkkey)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/keys_dialog.py" line="240"/>
        <source>Kunci publik disimpan di {path}.</source>
        <translation>Public key saved to {path}.</translation>
    </message>
</context>
<context>
    <name>KsdEditor</name>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="252"/>
        <source>KSD</source>
        <translation>KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="255"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="256"/>
        <source>Tambah KSD</source>
        <translation>Add KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="257"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="258"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="259"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="263"/>
        <source>No KSD</source>
        <translation>KSD no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="264"/>
        <source>Nama KSD</source>
        <translation>KSD name</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="265"/>
        <source>Sub-KSD</source>
        <translation>Sub-KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="266"/>
        <source>Rencana Aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="267"/>
        <source>Penanggung Jawab</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="268"/>
        <source>Instansi Terkait</source>
        <translation>Related agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="269"/>
        <source>Kriteria Keberhasilan</source>
        <translation>Success criteria</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="270"/>
        <source>Capaian %</source>
        <translation>Achievement %</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="271"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="272"/>
        <source>IKU terkait</source>
        <translation>Linked indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="277"/>
        <source>KSD provinsi</source>
        <translation>Province KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="279"/>
        <source>Ambil nomor dan nama dari daftar KSD yang dikirim provinsi</source>
        <translation>Take the number and name from the KSD list the province sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="283"/>
        <source>IKU “persentase penyelesaian rencana aksi …” yang realisasinya diambil dari target bulan KSD ini (atur sumbernya di tab Rencana Aksi IKU tersebut).</source>
        <translation>The indicator “percentage of action plan completed …” that takes its realisation from this KSD&apos;s month targets (set its source in that indicator&apos;s Action Plan tab).</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="288"/>
        <source>Target bulan B01–B12: klik ganda untuk mengisi, centang bila selesai.</source>
        <translation>Month targets B01–B12: double-click to fill in, tick when done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="300"/>
        <source>Kegiatan Strategis Daerah — {unit}</source>
        <translation>Regional strategic initiatives (KSD) — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="302"/>
        <source>Kegiatan Strategis Daerah</source>
        <translation>Regional strategic initiatives (KSD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="380"/>
        <source>{rows} baris KSD · {done} dari {due} target bulan selesai</source>
        <translation>{rows} KSD rows · {done} of {due} month targets done</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="456"/>
        <source>Baris ini terkait IKU pada PK yang sudah ditandatangani: rencana KSD (nama, rencana aksi, pihak, target bulan) terkunci dan hanya berubah lewat addendum. Kemajuan (selesai, tanggal, capaian, keterangan) tetap dicatat.</source>
        <translation>This row is linked to an indicator of a signed agreement: the KSD plan (name, action plan, parties, month targets) is locked and changes only through an addendum. Progress (done, dates, achievement, notes) is still recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="463"/>
        <source>Basis data dibuka hanya-baca.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="472"/>
        <source>— tidak ditautkan</source>
        <translation>— not linked</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="488"/>
        <source>— bukan dari daftar provinsi</source>
        <translation>— not from the province&apos;s list</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="508"/>
        <source>Ambil KSD provinsi</source>
        <translation>Take province KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="526"/>
        <source>Nama KSD dan rencana aksi wajib diisi.</source>
        <translation>The KSD name and action plan are required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="535"/>
        <source>Ubah KSD</source>
        <translation>Change KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="553"/>
        <source>Ubah capaian KSD</source>
        <translation>Change KSD achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="570"/>
        <source>Tautkan KSD ke IKU</source>
        <translation>Link KSD to indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="624"/>
        <source>KSD baru</source>
        <translation>New KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_editor.py" line="625"/>
        <source>Rencana aksi KSD</source>
        <translation>KSD action plan</translation>
    </message>
</context>
<context>
    <name>KsdMonthTable</name>
    <message>
        <location filename="../../app/ui/planning/ksd_month_table_model.py" line="34"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_month_table_model.py" line="35"/>
        <source>Target/output yang diharapkan</source>
        <translation>Expected target/output</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_month_table_model.py" line="36"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_month_table_model.py" line="37"/>
        <source>Tanggal selesai</source>
        <translation>Completed on</translation>
    </message>
</context>
<context>
    <name>KsdTable</name>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="33"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="34"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="35"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="36"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="37"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="38"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="39"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="40"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="41"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="42"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="43"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="44"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="47"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="48"/>
        <source>No KSD</source>
        <translation>KSD no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="49"/>
        <source>Nama KSD</source>
        <translation>KSD name</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="50"/>
        <source>Sub-KSD</source>
        <translation>Sub-KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="51"/>
        <source>Rencana Aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="53"/>
        <source>Capaian %</source>
        <translation>Achievement %</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="54"/>
        <source>Penanggung Jawab</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="55"/>
        <source>Instansi Terkait</source>
        <translation>Related agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="56"/>
        <source>Kriteria Keberhasilan</source>
        <translation>Success criteria</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="57"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="58"/>
        <source>IKU terkait</source>
        <translation>Linked indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="153"/>
        <source>IKU ini milik PK yang sudah ditandatangani: rencana KSD terkunci.</source>
        <translation>This indicator belongs to a signed agreement: the KSD plan is locked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="157"/>
        <source>{done} dari {due} target bulan selesai</source>
        <translation>{done} of {due} month targets done</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning/ksd_table_model.py" line="196"/>
        <source>Selesai {date}</source>
        <translation>Done {date}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="17"/>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="18"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="19"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="22"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="23"/>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="24"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="27"/>
        <source>Maximize</source>
        <translation>Maximize</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="28"/>
        <source>Minimize</source>
        <translation>Minimize</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="29"/>
        <source>Stabilize</source>
        <translation>Stabilize</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="32"/>
        <location filename="../../app/ui/widgets/labels.py" line="37"/>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="33"/>
        <location filename="../../app/ui/widgets/labels.py" line="38"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="34"/>
        <source>Take Last Known</source>
        <translation>Take Last Known</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="39"/>
        <source>Raw Data</source>
        <translation>Raw Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="42"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="43"/>
        <source>Triwulanan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="44"/>
        <source>Semesteran</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="45"/>
        <location filename="../../app/ui/widgets/labels.py" line="106"/>
        <location filename="../../app/ui/widgets/labels.py" line="114"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="48"/>
        <source>CSS (cascading dari SS)</source>
        <translation>CSS (cascaded from a strategic goal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="49"/>
        <source>C (cascading non-SS)</source>
        <translation>C (cascaded, not from a strategic goal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="50"/>
        <source>N (non-cascading)</source>
        <translation>N (non-cascading)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="53"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="54"/>
        <source>Indirect</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="55"/>
        <source>Non-cascading</source>
        <translation>Non-cascading</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="58"/>
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="59"/>
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="60"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="61"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="64"/>
        <source>Angka</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="65"/>
        <source>Rentang</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="66"/>
        <source>Predikat / skala</source>
        <translation>Predicate / scale</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="69"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="70"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="71"/>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="72"/>
        <source>Digantikan</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="75"/>
        <source>PK awal</source>
        <translation>Original agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="76"/>
        <source>Addendum PK</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="77"/>
        <source>PK Pengganti</source>
        <translation>Replacement agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="80"/>
        <source>Sasaran Strategis</source>
        <translation>Strategic goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="81"/>
        <source>Sasaran Khusus</source>
        <translation>Special goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="82"/>
        <source>Sasaran Operasional</source>
        <translation>Operational goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="83"/>
        <source>Sasaran Strategis (SS)</source>
        <translation>Strategic goals (SS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="84"/>
        <source>Sasaran</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="87"/>
        <source>Gubernur</source>
        <translation>Governor</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="88"/>
        <source>JPT Madya</source>
        <translation>JPT Madya</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="89"/>
        <source>JPT Pratama</source>
        <translation>JPT Pratama</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="90"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="91"/>
        <source>Pengawas</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="92"/>
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="93"/>
        <source>Pelaksana</source>
        <translation>Staff (Pelaksana)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="96"/>
        <source>Galat</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="97"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="98"/>
        <source>Petunjuk</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="101"/>
        <source>TW I</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="102"/>
        <source>TW II</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="103"/>
        <source>TW III</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="104"/>
        <source>TW IV</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="105"/>
        <location filename="../../app/ui/widgets/labels.py" line="113"/>
        <source>Semester I</source>
        <translation>Half-year 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="109"/>
        <source>Triwulan I</source>
        <translation>Quarter 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="110"/>
        <source>Triwulan II</source>
        <translation>Quarter 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="111"/>
        <source>Triwulan III</source>
        <translation>Quarter 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="112"/>
        <source>Triwulan IV</source>
        <translation>Quarter 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="117"/>
        <source>Pemerintah daerah</source>
        <translation>Regional government</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="118"/>
        <source>Perangkat Daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="119"/>
        <source>Kota Administrasi</source>
        <translation>Administrative city</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="120"/>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="121"/>
        <source>Asisten</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="122"/>
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="123"/>
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="124"/>
        <source>Subbagian</source>
        <translation>Subsection</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="125"/>
        <source>Subkelompok</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="126"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="127"/>
        <source>Kelurahan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="128"/>
        <source>UPTD</source>
        <translation>UPTD</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="131"/>
        <source>PNS</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="132"/>
        <source>CPNS</source>
        <translation>Candidate civil servant</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="133"/>
        <source>Tugas belajar</source>
        <translation>Study leave</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="134"/>
        <source>Pejabat terpilih</source>
        <translation>Elected official</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="138"/>
        <source>Kritis</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="139"/>
        <source>Perlu Perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="140"/>
        <source>Mendekati</source>
        <translation>Nearly there</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="141"/>
        <source>Tercapai</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/labels.py" line="142"/>
        <source>Melampaui</source>
        <translation>Exceeded</translation>
    </message>
</context>
<context>
    <name>LatestLoad</name>
    <message>
        <location filename="../../app/ui/province/latest_load.py" line="33"/>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <location filename="../../app/ui/widgets/lock_banner.py" line="50"/>
        <source>Ditandatangani — hanya baca; gunakan Addendum untuk mengubah.</source>
        <translation>Signed — read-only; use an Addendum to change it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lock_banner.py" line="53"/>
        <source>Digantikan oleh versi yang lebih baru — hanya baca; lihat Riwayat versi.</source>
        <translation>Superseded by a newer version — read-only; see Version history.</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../app/ui/setup/logo_field.py" line="70"/>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/logo_field.py" line="71"/>
        <source>Tanpa logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/logo_field.py" line="72"/>
        <location filename="../../app/ui/setup/logo_field.py" line="93"/>
        <source>tanpa logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/logo_field.py" line="96"/>
        <source>Pilih logo kop</source>
        <translation>Choose the header logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/logo_field.py" line="97"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/logo_field.py" line="113"/>
        <source>Berkas {name} tidak dapat dibaca: {reason}</source>
        <translation>The file {name} cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="291"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="292"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="293"/>
        <source>&amp;Perjanjian</source>
        <translation>&amp;Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="294"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="299"/>
        <source>Pen&amp;gaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="300"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="301"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="302"/>
        <source>Perjanjian Kinerja &amp;Baru…</source>
        <translation>&amp;New Performance Agreement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="303"/>
        <source>Buat draf PK untuk pejabat terpilih (Ctrl+N)</source>
        <translation>Create a draft agreement for the selected official (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="304"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="307"/>
        <source>Setiap perubahan sudah tersimpan otomatis; Ctrl+S menyimpan isian yang sedang diketik.</source>
        <translation>Every change is saved automatically; Ctrl+S saves the field being typed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="310"/>
        <source>B&amp;uka basis data…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="311"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="313"/>
        <source>&amp;Cari…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="314"/>
        <source>Tambah &amp;sasaran</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="315"/>
        <source>Tambah &amp;IKU</source>
        <translation>Add &amp;indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="316"/>
        <source>&amp;Finalkan</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="319"/>
        <source>Tetapkan PK sebagai final; ditolak selama Panel Aturan masih berisi galat.</source>
        <translation>Mark the agreement final; refused while the Rules Panel still lists errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="321"/>
        <source>&amp;Kembalikan ke draf</source>
        <translation>&amp;Back to draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="322"/>
        <source>Kembalikan PK final ke draf untuk diubah</source>
        <translation>Return the final agreement to draft to change it</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="323"/>
        <source>Tambah sasaran pada PK ini (Ctrl+Shift+N)</source>
        <translation>Add a goal to this agreement (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="324"/>
        <source>Tambah IKU pada sasaran terpilih (Ctrl+I)</source>
        <translation>Add an indicator to the selected goal (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="325"/>
        <source>&amp;Hitung ulang</source>
        <translation>&amp;Recompute</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="327"/>
        <source>Baca ulang data, hitung capaian dan periksa aturan (F5)</source>
        <translation>Re-read the data, recompute achievements and check the rules (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="329"/>
        <source>Panel &amp;Aturan</source>
        <translation>&amp;Rules Panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="334"/>
        <source>Cara &amp;menghitung capaian</source>
        <translation>How &amp;achievement is computed</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="335"/>
        <source>&amp;Tentang PK Desk</source>
        <translation>&amp;About PK Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="336"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="337"/>
        <source>Periode yang dipakai untuk capaian dan nilai</source>
        <translation>The period used for achievements and scores</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="340"/>
        <location filename="../../app/ui/shell/main_window.py" line="459"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="351"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="351"/>
        <source>U&amp;langi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="352"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="352"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="363"/>
        <source> (hanya-baca)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="373"/>
        <source>HANYA-BACA</source>
        <translation>READ-ONLY</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="375"/>
        <source>Tersimpan otomatis · {user}</source>
        <translation>Saved automatically · {user}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="385"/>
        <source>Berkas basis data ini hanya-baca (izin berkas), jadi dibuka hanya-baca: Anda dapat melihat dan mencari, tetapi tidak mengubah. Salin berkasnya ke folder Anda atau ubah izinnya untuk menyunting.</source>
        <translation>This database file is read-only (file permissions), so it is open read-only: you can view and search but not change. Copy the file to your own folder or change its permissions to edit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="391"/>
        <source>Folder basis data ini tidak dapat ditulis (mis. flashdisk terkunci atau folder bersama), jadi dibuka hanya-baca: Anda dapat melihat dan mencari, tetapi tidak mengubah. Salin berkasnya ke folder yang dapat ditulis untuk menyunting.</source>
        <translation>This database&apos;s folder cannot be written (e.g. a locked USB stick or a shared folder), so it is open read-only: you can view and search but not change. Copy the file to a writable folder to edit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="396"/>
        <source>Basis data ini sedang dibuka di jendela PK Desk lain, jadi dibuka hanya-baca: Anda dapat melihat dan mencari, tetapi tidak mengubah. Tutup jendela lain lalu buka kembali untuk menyunting.</source>
        <translation>This database is open in another PK Desk window, so it was opened read-only: you can look and search but not change anything. Close the other window and open the database again to edit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="435"/>
        <source>Membuka {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="448"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="455"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="463"/>
        <source>Buka basis data PK Desk</source>
        <translation>Open a PK Desk database</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="464"/>
        <source>Basis data PK Desk (*.sqlite *.db)</source>
        <translation>PK Desk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="571"/>
        <source>Basis data dipulihkan</source>
        <translation>Database recovered</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="655"/>
        <source>Buka PK-nya (bukan IKU) untuk menambah sasaran atau IKU.</source>
        <translation>Open the agreement itself (not an indicator) to add goals or indicators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="680"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="729"/>
        <source>Menghitung capaian {count} PK…</source>
        <translation>Computing the achievement of {count} agreements…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="750"/>
        <source>Dihitung ulang untuk {period}.</source>
        <translation>Recomputed for {period}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="766"/>
        <source>Semua perubahan sudah tersimpan.</source>
        <translation>All changes are saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="799"/>
        <source>PK difinalkan.</source>
        <translation>Agreement finalised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="804"/>
        <source>Finalkan ditolak: masih ada {count} galat. Perbaiki temuan bertanda merah di bawah ini, lalu finalkan lagi.</source>
        <translation>Finalise refused: {count} error(s) remain. Fix the findings marked red below, then finalise again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="894"/>
        <source>&lt;b&gt;PK Desk {version}&lt;/b&gt;&lt;br&gt;Menyusun, memeriksa, mencetak dan menilai Perjanjian Kinerja tanpa jaringan.&lt;br&gt;&lt;br&gt;Basis data: {path}</source>
        <translation>&lt;b&gt;PK Desk {version}&lt;/b&gt;&lt;br&gt;Draft, check, print and score performance agreements without a network.&lt;br&gt;&lt;br&gt;Database: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="899"/>
        <source>Tentang PK Desk</source>
        <translation>About PK Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="910"/>
        <source>&lt;p&gt;&lt;b&gt;Capaian&lt;/b&gt; dihitung dari target T dan realisasi R yang dikonsolidasikan s.d. periode terpilih (Sum, Average atau Take Last Known).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Maximize: C = R / T × 100&lt;/li&gt;&lt;li&gt;Minimize: C = (1 + (1 − R / T)) × 100&lt;/li&gt;&lt;li&gt;Stabilize: R &amp;lt; T memakai rumus maximize, R &amp;gt; T rumus minimize, R = T → 100&lt;/li&gt;&lt;li&gt;Target negatif: maximize C = (1 + (R − T) / |T|) × 100, minimize C = (1 − (R − T) / |T|) × 100&lt;/li&gt;&lt;li&gt;Target 0: maximize 100 bila R ≥ 0; minimize 100 bila R ≤ 0; selain itu 0&lt;/li&gt;&lt;li&gt;Target rentang: di dalam rentang 100; di bawah → maximize terhadap batas bawah; di atas → minimize terhadap batas atas&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Capaian dibatasi 0–100. Bila periode belum jatuh tempo atau realisasi belum ada, capaian N/A (bukan 0) dan bobot IKU itu tidak ikut dihitung: bobot IKU lain dalam sasaran dibagi ulang. Nilai Sasaran = Σ capaian × bobot tertimbang.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Achievement&lt;/b&gt; is computed from the target T and the realisation R consolidated up to the chosen period (Sum, Average or Take Last Known).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Maximize: C = R / T × 100&lt;/li&gt;&lt;li&gt;Minimize: C = (1 + (1 − R / T)) × 100&lt;/li&gt;&lt;li&gt;Stabilize: R &amp;lt; T uses the maximize formula, R &amp;gt; T the minimize formula, R = T → 100&lt;/li&gt;&lt;li&gt;Negative target: maximize C = (1 + (R − T) / |T|) × 100, minimize C = (1 − (R − T) / |T|) × 100&lt;/li&gt;&lt;li&gt;Target 0: maximize 100 when R ≥ 0; minimize 100 when R ≤ 0; otherwise 0&lt;/li&gt;&lt;li&gt;Range target: inside the range 100; below → maximize against the lower bound; above → minimize against the upper bound&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Achievement is capped to 0–100. When a period is not due or its realisation is missing, the achievement is N/A (not 0) and the indicator&apos;s weight is left out: the other indicators&apos; weights in the goal are re-normalised. Goal score = Σ achievement × weighted weight.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="926"/>
        <source>Cara menghitung capaian</source>
        <translation>How achievement is computed</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="976"/>
        <source>Isian belum tersimpan</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="977"/>
        <source>Isian berikut belum dapat disimpan:</source>
        <translation>The following input cannot be saved:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="983"/>
        <source>Tutup tanpa isian itu</source>
        <translation>Close without it</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="984"/>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../../app/ui/agreement/new_agreement_dialog.py" line="32"/>
        <source>Perjanjian Kinerja Baru</source>
        <translation>New Performance Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/new_agreement_dialog.py" line="34"/>
        <source>Draf PK baru untuk {name}, {title}.</source>
        <translation>A new draft agreement for {name}, {title}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/new_agreement_dialog.py" line="60"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/new_agreement_dialog.py" line="61"/>
        <source>Pihak Kedua (atasan):</source>
        <translation>Second party (superior):</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/new_agreement_dialog.py" line="62"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/new_agreement_dialog.py" line="63"/>
        <source>Profil daerah:</source>
        <translation>Regional profile:</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <location filename="../../app/ui/widgets/number_entry.py" line="30"/>
        <source>“{text}” bukan angka. Ketik misalnya 319,53 atau 1.234.567, atau N/A.</source>
        <translation>“{text}” is not a number. Type e.g. 319,53 or 1.234.567, or N/A.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/number_entry.py" line="53"/>
        <source>“{text}” bukan rentang. Ketik misalnya 80–90 atau 3,07 – 3,53.</source>
        <translation>“{text}” is not a range. Type e.g. 80–90 or 3,07 – 3,53.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/number_entry.py" line="76"/>
        <source>“{text}” tidak ada pada skala. Pilih salah satu: {names}.</source>
        <translation>“{text}” is not on the scale. Choose one of: {names}.</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <location filename="../../app/ui/setup/settings_dialog.py" line="32"/>
        <source>Ubah pengaturan kantor</source>
        <translation>Change office settings</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="150"/>
        <source>Ubah pejabat</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="150"/>
        <source>Tambah pejabat</source>
        <translation>Add official</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="161"/>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="188"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="189"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="191"/>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="192"/>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="193"/>
        <source>Jenjang jabatan:</source>
        <translation>Position level:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="194"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="195"/>
        <source>Atasan langsung:</source>
        <translation>Direct superior:</translation>
    </message>
</context>
<context>
    <name>OfficialPage</name>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="224"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="225"/>
        <source>Pangkat/Gol.</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="226"/>
        <source>Tingkat jabatan</source>
        <translation>Position level</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="227"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="228"/>
        <source>Atasan langsung</source>
        <translation>Direct superior</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="229"/>
        <source>Plt./Plh./Pj.</source>
        <translation>Acting (Plt./Plh./Pj.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="234"/>
        <source>Perjanjian Kinerja Baru…</source>
        <translation>New Performance Agreement…</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="65"/>
        <source>Tambah unit…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="67"/>
        <source>Tambah pejabat…</source>
        <translation>Add official…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="68"/>
        <source>Tambah sub-unit…</source>
        <translation>Add sub-unit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="70"/>
        <source>Ubah unit…</source>
        <translation>Edit unit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="71"/>
        <source>Nonaktifkan unit</source>
        <translation>Retire unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="75"/>
        <source>Cetak semua PK unit ini…</source>
        <translation>Print every PK of this unit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="81"/>
        <source>PK baru untuk pejabat ini…</source>
        <translation>New PK for this official…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="84"/>
        <source>Ubah pejabat…</source>
        <translation>Edit official…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="85"/>
        <source>Nonaktifkan pejabat</source>
        <translation>Retire official</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="89"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/tree_menu.py" line="234"/>
        <source>Tidak dapat dilakukan</source>
        <translation>Cannot be done</translation>
    </message>
</context>
<context>
    <name>OrganisationCommands</name>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="35"/>
        <source>Tambah unit {name}</source>
        <translation>Add unit {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="59"/>
        <source>Ganti nama unit menjadi {name}</source>
        <translation>Rename unit to {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="83"/>
        <source>Pindahkan unit</source>
        <translation>Move unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="115"/>
        <source>Nonaktifkan unit {name}</source>
        <translation>Retire unit {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="135"/>
        <source>Tambah pejabat {name}</source>
        <translation>Add official {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="161"/>
        <source>Ubah pejabat</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="193"/>
        <source>Nonaktifkan pejabat {name}</source>
        <translation>Retire official {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="218"/>
        <source>Tetapkan {prefix} {title}</source>
        <translation>Appoint {prefix} {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="251"/>
        <source>Akhiri Plt./Plh./Pj.</source>
        <translation>End acting assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/commands.py" line="277"/>
        <source>Hapus Plt./Plh./Pj.</source>
        <translation>Remove acting assignment</translation>
    </message>
</context>
<context>
    <name>PeriodValues</name>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="61"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="62"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="63"/>
        <source>Pembilang (data mentah)</source>
        <translation>Numerator (raw data)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="64"/>
        <source>Penyebut (data mentah)</source>
        <translation>Denominator (raw data)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="65"/>
        <source>Target s.d. periode</source>
        <translation>Target to date</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="66"/>
        <source>Realisasi s.d. periode</source>
        <translation>Realisation to date</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="67"/>
        <source>Capaian periode (%)</source>
        <translation>Period achievement (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="68"/>
        <source>Capaian s.d. periode (%)</source>
        <translation>Achievement to date (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="69"/>
        <source>Bobot tertimbang (%)</source>
        <translation>Weighted weight (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="440"/>
        <source>N/A: belum ada nilai untuk periode ini (bukan 0). Ketik angka untuk mengisi.</source>
        <translation>N/A: no value for this period (not 0). Type a number to fill it in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="448"/>
        <source>Delete atau ketik N/A untuk menjadikan N/A.</source>
        <translation>Press Delete or type N/A to make it N/A.</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="454"/>
        <source>Realisasi tahunan dihitung dari triwulan menurut konsolidasi periode.</source>
        <translation>The annual realisation is computed from the quarters by the period consolidation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/period_values_model.py" line="474"/>
        <source>Pratinjau dari nilai yang sedang diketik; belum disimpan.</source>
        <translation>Preview of the value being typed; not saved yet.</translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="117"/>
        <source>&amp;Rencana Aksi</source>
        <translation>&amp;Action Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="118"/>
        <source>Rencana Aksi IKU terpilih (Ctrl+Alt+R)</source>
        <translation>Action plan of the selected indicator (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="119"/>
        <source>&amp;KSD</source>
        <translation>&amp;KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="120"/>
        <source>Kegiatan Strategis Daerah unit terpilih (Ctrl+Alt+K)</source>
        <translation>Regional strategic initiatives of the selected unit (Ctrl+Alt+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="121"/>
        <source>&amp;Matriks Cascading</source>
        <translation>Cascading &amp;Matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="122"/>
        <source>Matriks cascading PK terpilih (Ctrl+Alt+M)</source>
        <translation>Cascading matrix of the selected agreement (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="123"/>
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="124"/>
        <source>Dasbor kinerja unit terpilih (Ctrl+Alt+D)</source>
        <translation>Performance dashboard of the selected unit (Ctrl+Alt+D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="125"/>
        <source>&amp;Tandai sudah ditandatangani…</source>
        <translation>Mark as &amp;signed…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="128"/>
        <source>Cetak set PK, simpan sidik cetakan dan pindaian bertanda tangan</source>
        <translation>Print the agreement set, keep the print fingerprint and the signed scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="130"/>
        <source>Buat &amp;Addendum…</source>
        <translation>Create &amp;addendum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="131"/>
        <source>Ubah target PK yang sudah ditandatangani</source>
        <translation>Change the targets of a signed agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="132"/>
        <source>Buat PK &amp;Pengganti…</source>
        <translation>Create &amp;replacement agreement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="134"/>
        <source>PK baru bagi pejabat pengganti, mulai periode tertentu</source>
        <translation>A new agreement for a successor official, from a given period</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="136"/>
        <source>Riwayat &amp;versi</source>
        <translation>&amp;Version history</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="137"/>
        <source>Versi, addendum dan penggantian PK terpilih</source>
        <translation>Versions, addenda and replacements of the selected agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/planning_actions.py" line="142"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../app/ui/printing/print_actions.py" line="38"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_actions.py" line="43"/>
        <source>Cetak dokumen PK terpilih (Ctrl+P)</source>
        <translation>Print the selected PK&apos;s documents (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_actions.py" line="69"/>
        <source>Folder untuk PDF unit</source>
        <translation>Folder for the unit&apos;s PDFs</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_actions.py" line="94"/>
        <source>{n} berkas PDF dicetak ke {folder}.</source>
        <translation>{n} PDF files printed to {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_actions.py" line="105"/>
        <source>Mencetak PK unit…</source>
        <translation>Printing the unit&apos;s PKs…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="87"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="99"/>
        <source>Rangkap dua berlabel (pemilik PK dan Tim SAKIP)</source>
        <translation>Two labelled copies (PK owner and Tim SAKIP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="105"/>
        <source>Periode Laporan capaian dan Rincian Target</source>
        <translation>Period of the achievement report (Laporan Capaian Kinerja) and of the Rincian Target</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="110"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="111"/>
        <source>Tanggal…</source>
        <translation>Date…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="112"/>
        <source>Kosong (diisi tangan)</source>
        <translation>Blank (dated by hand)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="124"/>
        <source>Tanggal yang tercetak di bawah Laporan capaian</source>
        <translation>The date printed under the achievement report</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="126"/>
        <source>Dokumen:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="127"/>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="129"/>
        <source>Periode laporan:</source>
        <translation>Report period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="130"/>
        <source>Tanggal laporan:</source>
        <translation>Report date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="131"/>
        <source>Buat PDF</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="145"/>
        <source>Buka di penampil PDF</source>
        <translation>Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="146"/>
        <source>Simpan sebagai…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="147"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="150"/>
        <source>Buat PDF dulu.</source>
        <translation>Make the PDF first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="203"/>
        <source>Membuat PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="232"/>
        <source>{pages} halaman siap.</source>
        <translation>{pages} page(s) ready.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="234"/>
        <source>PK ini masih draf: setiap halaman bertanda DRAF.</source>
        <translation>This PK is still a draft: every page is marked DRAF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="261"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="264"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/print_dialog.py" line="273"/>
        <source>Tersimpan di {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>ProgramTable</name>
    <message>
        <location filename="../../app/ui/agreement/program_table_model.py" line="22"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/program_table_model.py" line="23"/>
        <source>Program / Kegiatan</source>
        <translation>Program / Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/program_table_model.py" line="24"/>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreement/program_table_model.py" line="25"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="51"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="52"/>
        <source>ditahan</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="31"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="32"/>
        <location filename="../../app/ui/province/inbox_table_model.py" line="31"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="33"/>
        <source>PK draf</source>
        <translation>Draft PKs</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="34"/>
        <source>PK final</source>
        <translation>Final PKs</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="35"/>
        <source>PK ditandatangani</source>
        <translation>Signed PKs</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="36"/>
        <source>TW1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="37"/>
        <source>TW2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="38"/>
        <source>TW3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="39"/>
        <source>TW4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="40"/>
        <source>Bundel terakhir</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="41"/>
        <location filename="../../app/ui/province/inbox_table_model.py" line="32"/>
        <source>Urutan</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/coverage_table_model.py" line="42"/>
        <source>Konflik terbuka</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_table_model.py" line="33"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_table_model.py" line="34"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_table_model.py" line="35"/>
        <source>Keterangan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/inbox_table_model.py" line="36"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ProvinceActions</name>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="50"/>
        <source>Cakupan PK provinsi…</source>
        <translation>Province PK coverage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="51"/>
        <source>PK yang sudah diterima dari setiap perangkat daerah</source>
        <translation>Agreements received from each regional office</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="52"/>
        <source>Nilai Sasaran RPJMD provinsi…</source>
        <translation>Province RPJMD goal values…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="53"/>
        <source>Nilai Sasaran RPJMD dari IKU semua unit, dengan grafik</source>
        <translation>RPJMD goal values from every unit&apos;s indicators, with a chart</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="54"/>
        <source>Pohon cascading provinsi…</source>
        <translation>Province cascade tree…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="57"/>
        <source>Setiap pejabat di bawah pejabat yang menandatangani PK dengannya</source>
        <translation>Every official under the one they signed their agreement with</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="59"/>
        <source>Kotak masuk bundel…</source>
        <translation>Bundle inbox…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/province_actions.py" line="62"/>
        <source>Setiap bundel yang diterima: diterapkan, ditahan, konflik atau ditolak</source>
        <translation>Every bundle received: applied, held, in conflict or refused</translation>
    </message>
</context>
<context>
    <name>ProvinceCascadeTreeModel</name>
    <message>
        <location filename="../../app/ui/province/cascade_tree_model.py" line="35"/>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_model.py" line="36"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_model.py" line="37"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_model.py" line="38"/>
        <source>Status PK</source>
        <translation>Agreement status</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_model.py" line="39"/>
        <source>IKU (diturunkan)</source>
        <translation>Indicators (cascaded)</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_model.py" line="40"/>
        <source>Nilai Kinerja</source>
        <translation>Performance value</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/cascade_tree_model.py" line="42"/>
        <source>tanpa PK</source>
        <translation>no agreement</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="57"/>
        <source>Buka basis data terlebih dahulu.</source>
        <translation>Open a database first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="59"/>
        <source>Basis data dibuka hanya-baca.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="61"/>
        <source>Pilih sebuah Perjanjian Kinerja di pohon.</source>
        <translation>Select a performance agreement in the tree.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="66"/>
        <source>PK sudah ditandatangani; gunakan Addendum untuk mengubahnya.</source>
        <translation>The agreement is signed; use an Addendum to change it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="68"/>
        <source>PK ini sudah digantikan versi yang lebih baru.</source>
        <translation>This agreement has been superseded by a newer version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="74"/>
        <source>Pilih pejabat di pohon untuk membuat PK baru baginya.</source>
        <translation>Select an official in the tree to create a new agreement for them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="80"/>
        <source>PK ini sudah final; hanya draf yang difinalkan.</source>
        <translation>This agreement is already final; only drafts are finalised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="87"/>
        <source>Hanya PK berstatus final yang dapat dikembalikan ke draf.</source>
        <translation>Only a final agreement can be returned to draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="99"/>
        <source>Finalkan PK terlebih dahulu; hanya PK final yang ditandatangani.</source>
        <translation>Finalise the agreement first; only final agreements are signed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="107"/>
        <source>Addendum hanya untuk PK yang sudah ditandatangani.</source>
        <translation>An addendum is only for a signed agreement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="110"/>
        <source>Sudah ada addendum atau PK pengganti yang belum ditandatangani; selesaikan itu terlebih dahulu.</source>
        <translation>An addendum or replacement is still unsigned; finish it first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="122"/>
        <source>Pilih sebuah IKU di pohon untuk membuka Rencana Aksinya.</source>
        <translation>Select an indicator in the tree to open its action plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/availability.py" line="129"/>
        <source>Pilih sebuah unit di pohon.</source>
        <translation>Select a unit in the tree.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="45"/>
        <source>Tulis tanda terima</source>
        <translation>Write receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="65"/>
        <source>seluruh PK</source>
        <translation>whole agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="68"/>
        <source>alasan pengembalian</source>
        <translation>why it is returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="69"/>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="71"/>
        <source>&amp;Kembalikan</source>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="73"/>
        <source>Ta&amp;npa keputusan</source>
        <translation>&amp;No decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="79"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="82"/>
        <source>Pilih perjanjian, lalu setujui atau kembalikan dengan alasannya.</source>
        <translation>Choose agreements, then approve them or return them with the reason.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="88"/>
        <source>&amp;Tulis tanda terima</source>
        <translation>&amp;Write receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="95"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="101"/>
        <source>Folder tujuan:</source>
        <translation>Target folder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="113"/>
        <source>Folder tujuan</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="121"/>
        <source>Pilih perjanjian lebih dulu.</source>
        <translation>Choose agreements first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="125"/>
        <source>Tuliskan alasan pengembalian.</source>
        <translation>Write why it is returned.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="140"/>
        <source>Belum ada keputusan untuk ditulis.</source>
        <translation>No decision to write yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_dialog.py" line="160"/>
        <source>Tanda terima ditulis: {path}. Bawa ke unit dan buka dengan Terima berkas…</source>
        <translation>Receipt written: {path}. Take it to the unit and open it with Receive files…</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="216"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="217"/>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="218"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="220"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="221"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="222"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="225"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="226"/>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="228"/>
        <source>seluruh PK</source>
        <translation>whole agreement</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="60"/>
        <source>Terima berkas</source>
        <translation>Receive files</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="69"/>
        <source>Tambah berkas…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="71"/>
        <source>Terima kunci yang belum dipercaya (berisiko)</source>
        <translation>Accept keys not trusted yet (risky)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="84"/>
        <source>Pakai nilai sekarang</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="85"/>
        <source>Pakai nilai masuk</source>
        <translation>Take incoming value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="86"/>
        <source>Nilai lain…</source>
        <translation>Other value…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="90"/>
        <source>Seret berkas .pkbundle atau .pkreceipt ke sini.</source>
        <translation>Drop .pkbundle or .pkreceipt files here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="95"/>
        <source>&amp;Periksa (uji coba)</source>
        <translation>&amp;Check (dry run)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="99"/>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="114"/>
        <source>Konflik:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="140"/>
        <source>Pilih berkas</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="140"/>
        <source>Berkas PK Desk (*.pkbundle *.pkreceipt)</source>
        <translation>PK Desk files (*.pkbundle *.pkreceipt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="166"/>
        <source>Nilai yang dipakai:</source>
        <translation>Value to use:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="202"/>
        <source>Memeriksa berkas…</source>
        <translation>Checking files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="202"/>
        <source>Menerapkan berkas…</source>
        <translation>Applying files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="223"/>
        <source>Uji coba selesai; belum ada yang disimpan.</source>
        <translation>Dry run finished; nothing was saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="226"/>
        <source>Ada berkas yang ditolak; lihat keterangan di tabel. Terapkan hanya menerapkan berkas lainnya.</source>
        <translation>Some files were refused; see the table. Apply applies only the other files.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receive_dialog.py" line="233"/>
        <source>Berkas diterapkan.</source>
        <translation>Files applied.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="45"/>
        <location filename="../../app/ui/province/reference_table_models.py" line="56"/>
        <location filename="../../app/ui/province/reference_table_models.py" line="68"/>
        <location filename="../../app/ui/province/reference_table_models.py" line="80"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="46"/>
        <location filename="../../app/ui/province/reference_table_models.py" line="59"/>
        <source>Sasaran RPJMD</source>
        <translation>RPJMD goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="47"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="57"/>
        <location filename="../../app/ui/province/reference_table_models.py" line="85"/>
        <source>IKU RPJMD</source>
        <translation>RPJMD indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="58"/>
        <source>Satuan</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="69"/>
        <source>Kegiatan Strategis Daerah</source>
        <translation>Regional strategic initiative (KSD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="70"/>
        <location filename="../../app/ui/province/reference_table_models.py" line="82"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="71"/>
        <source>Penanggung jawab</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="81"/>
        <source>IKU wajib</source>
        <translation>Mandatory indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="83"/>
        <source>Jenjang</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="84"/>
        <source>Unit</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_table_models.py" line="89"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>ReferenceActions</name>
    <message>
        <location filename="../../app/ui/province/reference_actions.py" line="38"/>
        <source>Data referensi provinsi…</source>
        <translation>Province reference data…</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="84"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="87"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="92"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="322"/>
        <source>Data referensi provinsi</source>
        <translation>Province reference data</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="332"/>
        <source>Sasaran RPJMD</source>
        <translation>RPJMD goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="333"/>
        <source>IKU RPJMD</source>
        <translation>RPJMD indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="334"/>
        <source>KSD</source>
        <translation>KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="335"/>
        <source>IKU wajib</source>
        <translation>Mandatory indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="344"/>
        <source>folder tujuan, mis. flashdisk</source>
        <translation>target folder, e.g. a USB stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="345"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="349"/>
        <source>Perbarui profil daerah…</source>
        <translation>Update regional profile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="353"/>
        <source>Baca profil daerah (format resources/profiles: jenjang, batas waktu, pita capaian …) dari berkas JSON; unit memakainya setelah mengimpor bundel referensi</source>
        <translation>Read a regional profile (resources/profiles format: levels, deadlines, achievement bands …) from a JSON file; units use it after importing the reference bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="358"/>
        <source>Tulis bundel referensi</source>
        <translation>Write reference bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="361"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="379"/>
        <source>Data yang diterbitkan provinsi dengan kode tetap. Unit menerimanya lewat bundel referensi (Sinkronisasi › Terima berkas…) dan mencocokkannya per kode.</source>
        <translation>Data the province issues with stable codes. Units receive it as a reference bundle (Sync › Receive files…) and match it by code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="384"/>
        <source>Data referensi yang diterima dari provinsi (hanya-baca); perbarui dengan bundel referensi yang lebih baru.</source>
        <translation>Reference data received from the province (read-only); update it with a newer reference bundle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="402"/>
        <location filename="../../app/ui/province/reference_dialog.py" line="446"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="430"/>
        <source>Pembaruan profil daerah: %1</source>
        <translation>Regional profile updates: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="432"/>
        <source>Profil daerah: bawaan aplikasi (belum ada pembaruan dari provinsi).</source>
        <translation>Regional profile: the application&apos;s own (no update from the province yet).</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="451"/>
        <source>Folder tujuan bundel referensi</source>
        <translation>Folder for the reference bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="459"/>
        <source>Berkas profil daerah</source>
        <translation>Regional profile file</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="461"/>
        <source>Profil daerah (*.json)</source>
        <translation>Regional profile (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="479"/>
        <source>Profil daerah %1 versi %2 disimpan; tulis bundel referensi untuk unit.</source>
        <translation>Regional profile %1 version %2 stored; write the reference bundle for the units.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="491"/>
        <source>Pilih folder tujuan bundel referensi.</source>
        <translation>Choose the folder for the reference bundle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="500"/>
        <source>Bundel referensi versi {version} ditulis: {path}</source>
        <translation>Reference bundle version {version} written: {path}</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="370"/>
        <source>Buat PK Pengganti</source>
        <translation>Create replacement agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="393"/>
        <source>— (definitif)</source>
        <translation>— (permanent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="401"/>
        <source>misalnya nomor SK pengangkatan / SK Plt.</source>
        <translation>e.g. the appointment decree / acting decree number</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="406"/>
        <source>Pejabat baru:</source>
        <translation>New official:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="407"/>
        <source>Berlaku mulai:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="408"/>
        <source>Keterangan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="424"/>
        <source>Buat PK pengganti</source>
        <translation>Create replacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="448"/>
        <source>Usulan sisa target per IKU (realisasi s.d. {period}). Target ini menjadi target tahunan PK pengganti dan masih dapat diubah sebelum difinalkan.</source>
        <translation>Proposed remaining target per indicator (realisation up to {period}). It becomes the annual target of the replacement agreement and can still be changed before it is finalised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="455"/>
        <source>Pergantian pejabat tidak mengharuskan bawahan menandatangani ulang PK mereka (Pergub Kaltara 14/2024 §3.4.2). PK pengganti ditetapkan paling lambat 15 hari kerja sejak mulai bertugas.</source>
        <translation>A change of official does not require the subordinates to sign their agreements again (Pergub Kaltara 14/2024 §3.4.2). The replacement agreement is due within 15 working days of taking office.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="464"/>
        <source>{prefix} yang merangkap jabatan pada tahun berjalan tidak perlu menandatangani PK kembali: tanggung jawab target beralih bersama SK {prefix} (§3.6 b). Buat PK pengganti hanya bila pimpinan memintanya.</source>
        <translation>An official acting as {prefix} during the year need not sign the agreement again: responsibility for the targets passes with the {prefix} decree (§3.6 b). Create a replacement only if the leadership asks for it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="473"/>
        <source>{prefix} yang merangkap jabatan sejak awal tahun wajib menandatangani PK pada jabatan yang dirangkap (§3.6 a); PK dicetak dengan sebutan {prefix}.</source>
        <translation>An official acting as {prefix} from the start of the year must sign the agreement of the acting position (§3.6 a); it is printed with the {prefix} prefix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="480"/>
        <source>Pejabat yang mulai bertugas kurang dari dua bulan sebelum akhir tahun meneruskan PK pejabat sebelumnya, tanpa PK pengganti.</source>
        <translation>An official taking office less than two months before the end of the year continues the predecessor&apos;s agreement, without a replacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="495"/>
        <source>Pilih pejabat pengganti.</source>
        <translation>Choose the new official.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="505"/>
        <source>PK pengganti tidak dapat dibuat.</source>
        <translation>The replacement agreement could not be created.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="99"/>
        <source>Seluruh PK</source>
        <translation>Whole agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="102"/>
        <source>Alasan pengembalian (wajib untuk Kembalikan)</source>
        <translation>Reason for returning (required to Return)</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="103"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="106"/>
        <source>Setujui dan kunci periode terpilih; bundel berikutnya tidak dapat mengubahnya</source>
        <translation>Approve and lock the chosen period; later bundles cannot change it</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="108"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="110"/>
        <source>Buka kunci…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="113"/>
        <source>Buka kunci persetujuan periode terpilih agar bundel berikutnya diterima lagi</source>
        <translation>Unlock the approval of the chosen period so the next bundle is accepted again</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="116"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="126"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="132"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="140"/>
        <source>Tanda terima ditulis ke</source>
        <translation>Receipts are written to</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="162"/>
        <source>Pilih unit di matriks untuk menyetujui atau mengembalikan PK-nya.</source>
        <translation>Choose a unit in the matrix to approve or return its agreements.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="169"/>
        <source>PK dari %1 yang diterima lewat bundel: %2</source>
        <translation>Agreements from %1 received by bundle: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="204"/>
        <source>Folder tanda terima</source>
        <translation>Receipts folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="215"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="217"/>
        <source>seluruh kunci</source>
        <translation>every lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="219"/>
        <source>Alasan membuka kunci (%1); dicatat di riwayat perubahan:</source>
        <translation>Reason for unlocking (%1); kept in the change history:</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="236"/>
        <source>Kunci dibuka (%1); bundel berikutnya untuk periode itu diterima lagi.</source>
        <translation>Unlocked (%1); the next bundle for that period is accepted again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="276"/>
        <source>Tanda terima ditulis: %1. Kirimkan berkas ini ke unit.</source>
        <translation>Receipt written: %1. Send this file to the unit.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="25"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="26"/>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="27"/>
        <source>Status PK</source>
        <translation>Agreement status</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="28"/>
        <source>Keputusan provinsi</source>
        <translation>Province decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="29"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="31"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="32"/>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/review_table_model.py" line="33"/>
        <source>seluruh PK</source>
        <translation>whole agreement</translation>
    </message>
</context>
<context>
    <name>RpjmdDialog</name>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="43"/>
        <source>Nilai Sasaran RPJMD provinsi</source>
        <translation>Province RPJMD goal values</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="62"/>
        <source>Nilai Sasaran RPJMD seluruh unit</source>
        <translation>RPJMD goal values over all units</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="73"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="77"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="78"/>
        <source>s.d.</source>
        <translation>up to</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="114"/>
        <source>%1 sasaran RPJMD, %2 sasaran lain menurut teks</source>
        <translation>%1 RPJMD goals, %2 other goals by text</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="136"/>
        <source>Pilih sasaran untuk melihat nilai per unit.</source>
        <translation>Choose a goal to see the value per unit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_dialog.py" line="139"/>
        <source>Nilai per unit: %1</source>
        <translation>Value per unit: %1</translation>
    </message>
</context>
<context>
    <name>RpjmdTableModel</name>
    <message>
        <location filename="../../app/ui/province/rpjmd_table_model.py" line="24"/>
        <source>Kode RPJMD</source>
        <translation>RPJMD code</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_table_model.py" line="25"/>
        <source>Sasaran</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_table_model.py" line="26"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_table_model.py" line="27"/>
        <source>IKU (tersedia)</source>
        <translation>Indicators (available)</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_table_model.py" line="28"/>
        <source>Nilai Sasaran</source>
        <translation>Goal value</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/rpjmd_table_model.py" line="30"/>
        <source>menurut teks sasaran</source>
        <translation>by goal text</translation>
    </message>
</context>
<context>
    <name>RulesDock</name>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="306"/>
        <source>Panel Aturan</source>
        <translation>Rules Panel</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="186"/>
        <source>Semua tingkat</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="227"/>
        <source>Memeriksa aturan…</source>
        <translation>Checking the rules…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="255"/>
        <source>Aturan tidak dapat diperiksa: {error}</source>
        <translation>The rules could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="264"/>
        <source>Pilih PK atau unit untuk melihat temuan aturan.</source>
        <translation>Select an agreement or a unit to see its rule findings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="267"/>
        <source>Tidak ada temuan: semua aturan terpenuhi.</source>
        <translation>No findings: every rule is met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rules_dock.py" line="270"/>
        <source>Galat: {errors} · Peringatan: {warnings} · Petunjuk: {hints}</source>
        <translation>Errors: {errors} · Warnings: {warnings} · Hints: {hints}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="43"/>
        <source>Kirim ke Provinsi</source>
        <translation>Send to the province</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="55"/>
        <source>Bundel penuh (semua data, bukan perubahan saja)</source>
        <translation>Full bundle (all data, not only the changes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="58"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="71"/>
        <source>&amp;Kirim</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="79"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="83"/>
        <source>Simpan ke:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="87"/>
        <source>Perjanjian yang dikirim:</source>
        <translation>Agreements that go:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="103"/>
        <source>Folder tujuan</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="118"/>
        <location filename="../../app/ui/sync/send_dialog.py" line="126"/>
        <source>Menulis bundel…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="133"/>
        <source>Tidak ada perubahan sejak pengiriman terakhir.</source>
        <translation>Nothing changed since the last sending.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/send_dialog.py" line="137"/>
        <source>Bundel ditulis: {path} ({count} revisi, {agreements} perjanjian).</source>
        <translation>Bundle written: {path} ({count} revisions, {agreements} agreements).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/setup/settings_dialog.py" line="66"/>
        <source>Pengaturan kantor</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_dialog.py" line="77"/>
        <source>Profil daerah:</source>
        <translation>Regional profile:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_dialog.py" line="78"/>
        <source>Nama pemerintah daerah:</source>
        <translation>Government name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_dialog.py" line="79"/>
        <source>Tempat penandatanganan:</source>
        <translation>Signing place:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_dialog.py" line="80"/>
        <source>Logo kop:</source>
        <translation>Header logo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_dialog.py" line="83"/>
        <source>Berlaku untuk basis data ini: kop dokumen cetak dan tempat penandatanganan PK baru dengan profil yang sama.</source>
        <translation>Applies to this database: the header of printed documents and the signing place of new PKs with the same profile.</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <location filename="../../app/ui/setup/setup_actions.py" line="38"/>
        <source>Pengaturan &amp;kantor…</source>
        <translation>&amp;Office settings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_actions.py" line="41"/>
        <source>Profil daerah, nama pemerintah daerah, tempat penandatanganan dan logo kop</source>
        <translation>Regional profile, government name, signing place and header logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_actions.py" line="77"/>
        <source>Kantor dibuat. Klik kanan pada pohon untuk menambah unit dan pejabat.</source>
        <translation>Office created. Right-click in the tree to add units and officials.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_actions.py" line="99"/>
        <source>Demo tidak dapat dibuat</source>
        <translation>The demo cannot be made</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_actions.py" line="102"/>
        <source>Menyiapkan demo…</source>
        <translation>Preparing the demo…</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="156"/>
        <source>Selamat datang di PK Desk</source>
        <translation>Welcome to PK Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="159"/>
        <source>Basis data ini masih kosong. Mulailah dengan kantor Anda sendiri: isi profil daerah, nama pemerintah daerah, tempat penandatanganan, lalu unit pertama dan kepalanya. Semuanya dapat diubah kemudian. Atau buka demo untuk mencoba PK Desk dengan Perjanjian Kinerja BKD DKI Jakarta 2024 dan contoh lainnya.</source>
        <translation>This database is still empty. Start with your own office: fill in the regional profile, the government&apos;s name, the signing place, then the first unit and its head. Everything can be changed later. Or open the demo to try PK Desk with the 2024 performance agreement of BKD DKI Jakarta and other examples.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="165"/>
        <location filename="../../app/ui/setup/setup_page.py" line="185"/>
        <source>Mulai kantor saya sendiri</source>
        <translation>Start my own office</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="167"/>
        <source>Profil daerah:</source>
        <translation>Regional profile:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="168"/>
        <source>Nama pemerintah daerah:</source>
        <translation>Government name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="169"/>
        <source>Tempat penandatanganan:</source>
        <translation>Signing place:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="170"/>
        <source>Logo kop (opsional):</source>
        <translation>Header logo (optional):</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="171"/>
        <source>Unit pertama:</source>
        <translation>First unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="172"/>
        <source>Jenis unit:</source>
        <translation>Unit kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="173"/>
        <source>Nama kepala unit:</source>
        <translation>Head of unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="174"/>
        <source>NIP kepala unit:</source>
        <translation>Head&apos;s NIP:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="176"/>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="177"/>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="178"/>
        <source>Jenjang jabatan:</source>
        <translation>Position level:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="182"/>
        <source>mis. Dinas Pendidikan</source>
        <translation>e.g. Dinas Pendidikan</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="183"/>
        <source>mis. Kepala Dinas Pendidikan</source>
        <translation>e.g. Kepala Dinas Pendidikan</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="184"/>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/setup_page.py" line="186"/>
        <source>Buka demo</source>
        <translation>Open the demo</translation>
    </message>
</context>
<context>
    <name>SiblingTable</name>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="87"/>
        <source>IKU pada sasaran ini</source>
        <translation>Indicators of this goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="88"/>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="89"/>
        <source>Bobot tertimbang (%)</source>
        <translation>Weighted weight (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="90"/>
        <source>Capaian (%)</source>
        <translation>Achievement (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator/history_table_model.py" line="136"/>
        <source>Capaian N/A pada periode ini: tidak ikut dalam pembobotan.</source>
        <translation>Achievement N/A in this period: left out of the weighting.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="96"/>
        <source>Tandai PK sudah ditandatangani</source>
        <translation>Mark the agreement as signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="107"/>
        <source>Menyiapkan cetakan set PK…</source>
        <translation>Preparing the printed agreement set…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="110"/>
        <source>Simpan PDF cetakan…</source>
        <translation>Save the printed PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="122"/>
        <source>PDF, PNG atau JPEG dari salinan bertanda tangan</source>
        <translation>PDF, PNG or JPEG of the signed copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="123"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="129"/>
        <source>1. Cetakan:</source>
        <translation>1. Print:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="130"/>
        <source>2. Tanggal tanda tangan:</source>
        <translation>2. Signing date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="131"/>
        <source>3. Pindaian (boleh menyusul):</source>
        <translation>3. Scan (may follow later):</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="134"/>
        <source>Sidik SHA-256 cetakan dan salinan beku isi PK disimpan. Setelah ditandai, PK ini hanya dapat dibaca; perubahan dilakukan lewat addendum atau PK pengganti. Langkah ini tidak dapat diurungkan.</source>
        <translation>The SHA-256 fingerprint of the print and a frozen copy of the agreement are kept. Once marked, the agreement is read-only; changes go through an addendum or a replacement. This step cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="147"/>
        <source>Tandai sudah ditandatangani</source>
        <translation>Mark as signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="172"/>
        <source>Set PK siap dicetak: {n} dokumen, {kb} KB, SHA-256 {digest}…</source>
        <translation>Agreement set ready to print: {n} documents, {kb} KB, SHA-256 {digest}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="183"/>
        <source>Cetakan gagal dibuat: {error}</source>
        <translation>The print could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="186"/>
        <source>Mencetak set PK…</source>
        <translation>Printing the agreement set…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="189"/>
        <source>Simpan PDF cetakan PK</source>
        <translation>Save the printed agreement PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="191"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="207"/>
        <source>PDF tidak dapat disimpan: {error}</source>
        <translation>The PDF could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="211"/>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="216"/>
        <source>Pilih pindaian PK bertanda tangan</source>
        <translation>Choose the scan of the signed agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/lifecycle_dialogs.py" line="217"/>
        <source>PDF atau gambar (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="68"/>
        <source>Selamat datang di PK Desk</source>
        <translation>Welcome to PK Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="71"/>
        <source>Pilih unit dan pejabat di pohon cascading sebelah kiri, atau cari dengan Ctrl+F.</source>
        <translation>Choose a unit and an official in the cascade tree on the left, or search with Ctrl+F.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="74"/>
        <source>Buka Perjanjian Kinerja (PK) untuk mengubah pihak, sasaran, IKU dan anggaran.</source>
        <translation>Open a performance agreement (PK) to change its parties, goals, indicators and budget.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="77"/>
        <source>Pilih IKU untuk mengisi metadata, target dan realisasi; capaian dihitung langsung.</source>
        <translation>Choose an indicator to fill in its metadata, targets and realisations; achievement is computed at once.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="80"/>
        <source>Panel Aturan di bawah menampilkan galat yang harus diperbaiki sebelum PK difinalkan.</source>
        <translation>The Rules Panel below lists the errors to fix before an agreement can be finalised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="82"/>
        <source>Setiap perubahan langsung tersimpan; Ctrl+Z membatalkannya.</source>
        <translation>Every change is saved at once; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="87"/>
        <source>Basis data ini masih kosong. Untuk mencoba PK Desk dengan Perjanjian Kinerja BKD DKI Jakarta 2024 dan contoh lainnya, jalankan “pk-desk --demo”.</source>
        <translation>This database is still empty. To try PK Desk with the 2024 performance agreement of BKD DKI Jakarta and other examples, run “pk-desk --demo”.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="96"/>
        <source>Si&amp;nkronisasi</source>
        <translation>Sy&amp;nc</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="97"/>
        <source>&amp;Kirim ke Provinsi…</source>
        <translation>&amp;Send to the province…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="98"/>
        <source>Tulis bundel bertanda tangan ke folder atau flashdisk</source>
        <translation>Write a signed bundle to a folder or USB stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="99"/>
        <source>&amp;Terima berkas…</source>
        <translation>&amp;Receive files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="100"/>
        <source>Periksa dan terapkan bundel atau tanda terima</source>
        <translation>Check and apply bundles or receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="101"/>
        <source>Tulis tanda t&amp;erima…</source>
        <translation>Write r&amp;eceipt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="105"/>
        <source>Setujui atau kembalikan perjanjian yang diterima, dalam tanda terima bertanda tangan</source>
        <translation>Approve or return received agreements in a signed receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="108"/>
        <source>Kunci dan &amp;kepercayaan…</source>
        <translation>&amp;Keys and trust…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_actions.py" line="181"/>
        <source>Sinkronisasi: {state}</source>
        <translation>Sync: {state}</translation>
    </message>
</context>
<context>
    <name>TickDialog</name>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="65"/>
        <source>Cascade IKU ke bawahan</source>
        <translation>Cascade indicator to subordinate</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="69"/>
        <source>IKU &lt;b&gt;{indicator}&lt;/b&gt; diturunkan ke PK &lt;b&gt;{official}&lt;/b&gt; ({title}).</source>
        <translation>Indicator &lt;b&gt;{indicator}&lt;/b&gt; is cascaded to the agreement of &lt;b&gt;{official}&lt;/b&gt; ({title}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="75"/>
        <source>Direct — IKU dan targetnya disalin utuh</source>
        <translation>Direct — the indicator and its targets are copied whole</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="77"/>
        <source>Indirect — bawahan memikul sebagian target (porsi)</source>
        <translation>Indirect — the subordinate carries a share of the target</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="85"/>
        <source>misalnya 50 atau 33,33</source>
        <translation>e.g. 50 or 33.33</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="88"/>
        <source>kosong = ✓; misalnya (PKK, Jumantik, Posyandu)</source>
        <translation>empty = ✓; e.g. (PKK, Jumantik, Posyandu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="92"/>
        <source>Konsolidasi lokasi IKU atasan: {consolidation}. Porsi yang sudah dibagi ke bawahan lain: {allocated} %. Dengan Sum, porsi semua bawahan harus berjumlah 100 % (dibagi habis).</source>
        <translation>Location consolidation of the superior&apos;s indicator: {consolidation}. Share already given to other subordinates: {allocated} %. With Sum, all subordinates&apos; shares must add up to 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="101"/>
        <source>Porsi target (%):</source>
        <translation>Target share (%):</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="102"/>
        <source>Catatan sel:</source>
        <translation>Cell note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="106"/>
        <source>Centang</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="147"/>
        <source>Porsi harus lebih dari 0 dan paling banyak 100 %.</source>
        <translation>The share must be above 0 and at most 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade/cascade_matrix_view.py" line="150"/>
        <source>Porsi ini membuat jumlah porsi bawahan melebihi 100 %.</source>
        <translation>This share makes the subordinates&apos; shares exceed 100 %.</translation>
    </message>
</context>
<context>
    <name>TreePane</name>
    <message>
        <location filename="../../app/ui/shell/tree_pane.py" line="142"/>
        <source>Cari unit, pejabat, sasaran atau IKU (Ctrl+F)</source>
        <translation>Find a unit, official, goal or indicator (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/tree_pane.py" line="143"/>
        <source>Ketik minimal dua huruf; Enter membuka hasil pertama.</source>
        <translation>Type at least two letters; Enter opens the first hit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/tree_pane.py" line="163"/>
        <source>{count} hasil untuk “{text}”</source>
        <translation>{count} hits for “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/tree_pane.py" line="165"/>
        <source>Tidak ada yang cocok dengan “{text}”.</source>
        <translation>Nothing matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>TrustedKeyTableModel</name>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="185"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="186"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="187"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="188"/>
        <source>Dipercaya sejak</source>
        <translation>Trusted since</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="189"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="191"/>
        <source>dipercaya</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_table_models.py" line="192"/>
        <source>dicabut {date}</source>
        <translation>revoked {date}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="100"/>
        <source>Ubah unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="100"/>
        <source>Tambah unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="107"/>
        <source>— (paling atas)</source>
        <translation>— (top level)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="121"/>
        <source>Nama unit:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="122"/>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/forms.py" line="123"/>
        <source>Unit induk:</source>
        <translation>Parent unit:</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="134"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="135"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="136"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="137"/>
        <source>Sub-unit dan pejabat</source>
        <translation>Sub-units and officials</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="138"/>
        <source>Perjanjian kinerja</source>
        <translation>Performance agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="145"/>
        <source>Panel Aturan menampilkan temuan semua perjanjian kinerja unit ini. Buka pejabat di pohon untuk melihat perjanjiannya.</source>
        <translation>The Rules Panel lists the findings of every agreement of this unit. Open an official in the tree to see their agreements.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="165"/>
        <source>{units} sub-unit, {officials} pejabat</source>
        <translation>{units} sub-units, {officials} officials</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="177"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>VersionHistoryPanel</name>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="125"/>
        <source>Versi &amp;&amp; penandatanganan</source>
        <translation>Versions &amp;&amp; signing</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="128"/>
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="131"/>
        <source>Tetapkan PK sebagai final; ditolak selama Panel Aturan masih berisi galat.</source>
        <translation>Make the agreement final; refused while the rules panel lists errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="133"/>
        <source>Tandai sudah ditandatangani…</source>
        <translation>Mark as signed…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="136"/>
        <source>Cetak set PK, simpan sidik cetakan dan pindaian bertanda tangan</source>
        <translation>Print the agreement set, keep the print fingerprint and the signed scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="138"/>
        <source>Buat Addendum…</source>
        <translation>Create addendum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="139"/>
        <source>Ubah target PK yang sudah ditandatangani</source>
        <translation>Change the targets of a signed agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="140"/>
        <source>Buat PK Pengganti…</source>
        <translation>Create replacement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="143"/>
        <source>PK baru bagi pejabat pengganti, mulai periode tertentu</source>
        <translation>A new agreement for a successor official, from a given period</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="145"/>
        <source>Riwayat versi (klik ganda untuk membuka):</source>
        <translation>Version history (double-click to open):</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="194"/>
        <source>Perubahan target addendum ini (sebelum → sesudah): {n}</source>
        <translation>This addendum&apos;s target changes (before → after): {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="199"/>
        <source>Addendum ini belum mengubah target. Ubah target periode mulai {period} di tab IKU; periode sebelumnya terkunci.</source>
        <translation>This addendum has not changed any target yet. Change targets from {period} on in the indicator tab; earlier periods are locked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="226"/>
        <source>berlaku mulai {period}</source>
        <translation>effective from {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="233"/>
        <source>Draf dapat diubah bebas. Finalkan bila Panel Aturan tidak berisi galat.</source>
        <translation>A draft can be changed freely. Finalise it when the rules panel lists no errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="236"/>
        <source>Final: cetak set PK untuk tanda tangan basah rangkap dua, lalu tandai sudah ditandatangani dengan pindaiannya.</source>
        <translation>Final: print the agreement set in two copies for wet signatures, then mark it signed with its scan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="240"/>
        <source>Sudah ditandatangani: isi PK beku dan hanya dapat dibaca. Perubahan target dilakukan lewat addendum; pergantian pejabat lewat PK pengganti.</source>
        <translation>Signed: the agreement is frozen and read-only. Target changes go through an addendum; a change of official through a replacement agreement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="244"/>
        <source>Digantikan oleh versi yang lebih baru; PK ini hanya dapat dibaca.</source>
        <translation>Superseded by a newer version; this agreement is read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="248"/>
        <source>SHA-256 cetakan: {digest}</source>
        <translation>Print SHA-256: {digest}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_history_panel.py" line="253"/>
        <source>Ada addendum/PK pengganti yang belum ditandatangani; lanjutkan yang itu.</source>
        <translation>An unsigned addendum/replacement exists; continue with that one.</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="30"/>
        <source>Perubahan regulasi</source>
        <translation>Regulation change</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="31"/>
        <source>Kebijakan pimpinan</source>
        <translation>Leadership policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="32"/>
        <source>Perubahan beban kerja</source>
        <translation>Workload change</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="33"/>
        <source>Capaian semester I ≥ target tahunan</source>
        <translation>Semester I achievement ≥ annual target</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="61"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="63"/>
        <source>Pihak Pertama</source>
        <translation>First party</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="64"/>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="65"/>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="133"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="66"/>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="67"/>
        <source>SHA-256 cetakan</source>
        <translation>Print SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="68"/>
        <source>Pindaian</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="129"/>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="165"/>
        <source>IKU</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="130"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="131"/>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="132"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="164"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="166"/>
        <source>Konsolidasi</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="167"/>
        <source>Target tahunan</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="168"/>
        <source>Realisasi sebelum pengganti</source>
        <translation>Realised before the replacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="169"/>
        <source>Usulan sisa target</source>
        <translation>Proposed remaining target</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="205"/>
        <source>Sum: target tahunan dikurangi realisasi sebelum pengganti.</source>
        <translation>Sum: the annual target minus what was realised before the replacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle/version_table_models.py" line="208"/>
        <source>Take Last Known / Average: nilainya tidak dijumlahkan, jadi target tahunan tetap menjadi usulan.</source>
        <translation>Take Last Known / Average: values do not add up, so the annual target stays the proposal.</translation>
    </message>
</context>
<context>
    <name>_GoalTab</name>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="147"/>
        <source>Sasaran RPJMD</source>
        <translation>RPJMD goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="148"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>_IndicatorTab</name>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="173"/>
        <source>IKU RPJMD</source>
        <translation>RPJMD indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="174"/>
        <source>Satuan</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="175"/>
        <source>Sasaran RPJMD</source>
        <translation>RPJMD goal</translation>
    </message>
</context>
<context>
    <name>_KsdTab</name>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="208"/>
        <source>Kegiatan Strategis Daerah</source>
        <translation>Regional strategic initiative (KSD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="209"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="210"/>
        <source>Penanggung jawab</source>
        <translation>Responsible units</translation>
    </message>
</context>
<context>
    <name>_MandatoryTab</name>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="250"/>
        <source>kode unit dipisah koma; kosong = semua unit</source>
        <translation>unit codes separated by commas; empty = every unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="252"/>
        <source>IKU wajib</source>
        <translation>Mandatory indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="253"/>
        <source>Satuan</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="254"/>
        <source>Tahun berlaku</source>
        <translation>Years in force</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="255"/>
        <source>Jenjang (kosong = semua)</source>
        <translation>Levels (none = all)</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="256"/>
        <source>Unit</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="257"/>
        <source>IKU RPJMD</source>
        <translation>RPJMD indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/province/reference_dialog.py" line="262"/>
        <source>(tidak diturunkan dari IKU RPJMD)</source>
        <translation>(not derived from an RPJMD indicator)</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../app/ui/province/review_panel.py" line="58"/>
        <source>Buka kunci persetujuan</source>
        <translation>Unlock approval</translation>
    </message>
</context>
</TS>
