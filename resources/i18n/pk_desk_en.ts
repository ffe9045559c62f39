<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ActionPlanEditor</name>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="271" />
        <source>Rencana Aksi</source>
        <translation>Action Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="274" />
        <source>Tambah RA</source>
        <translation>Add RA</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="275" />
        <source>Tambah rencana aksi (RA)</source>
        <translation>Add an action (RA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="276" />
        <source>Tambah KK</source>
        <translation>Add KK</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="278" />
        <source>Tambah kriteria keberhasilan (KK) pada RA terpilih</source>
        <translation>Add a success criterion (KK) to the selected RA</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="280" />
        <source>Tambah T/O</source>
        <translation>Add T/O</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="281" />
        <source>Tambah target/output (T/O) pada KK terpilih</source>
        <translation>Add a target/output (T/O) to the selected KK</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="282" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="283" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="284" />
        <source>Pindahkan ke atas; nomor menyesuaikan (Alt+↑)</source>
        <translation>Move up; numbers follow (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="285" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="286" />
        <source>Pindahkan ke bawah; nomor menyesuaikan (Alt+↓)</source>
        <translation>Move down; numbers follow (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="287" />
        <source>Buat kerangka tahapan kunci</source>
        <translation>Create key-phase skeleton</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="290" />
        <source>Satu klik: RA untuk fase perencanaan, pelaksanaan, aktivitas kunci serta monitoring dan evaluasi, masing-masing dengan KK dan T/O per triwulan.</source>
        <translation>One click: an RA for the planning, execution, key activity and monitoring &amp; evaluation phases, each with a KK and a T/O per quarter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="294" />
        <source>Realisasi IKU dari penyelesaian:</source>
        <translation>Indicator realisation from completion of:</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="297" />
        <source>— (diisi manual)</source>
        <translation>— (entered by hand)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="298" />
        <source>Rencana Aksi ini</source>
        <translation>this action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="299" />
        <source>KSD yang ditautkan</source>
        <translation>the linked KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="305" />
        <source>IKU “persentase penyelesaian rencana aksi” mengambil realisasinya dari T/O atau target bulan KSD yang selesai tepat waktu (selesai / jatuh tempo × 100).</source>
        <translation>An indicator “percentage of action plan completed” takes its realisation from the T/O or KSD month targets completed on time (done / due × 100).</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="309" />
        <source>Temuan aturan Rencana Aksi (action_plan_gap)</source>
        <translation>Action plan findings (action_plan_gap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="393" />
        <source>Rencana Aksi IKU: {name}</source>
        <translation>Action plan of indicator: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="398" />
        <source>PK ini sudah ditandatangani, jadi Rencana Aksinya hanya dapat dibaca. Perubahan dilakukan lewat addendum PK.</source>
        <translation>This agreement is signed, so its action plan is read-only. Changes go through an addendum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="407" />
        <source>PK ini sudah final: setiap perubahan Rencana Aksi dicatat bersama alasannya (perubahan regulasi atau kebijakan pimpinan).</source>
        <translation>This agreement is final: every action plan change is recorded with its reason (regulation change or leadership policy).</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="414" />
        <source>Basis data dibuka hanya-baca.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="427" />
        <source>T/O per triwulan: </source>
        <translation>T/O per quarter: </translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="461" />
        <source>Temuan aturan Rencana Aksi: {n}</source>
        <translation>Action plan findings: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="463" />
        <source>Temuan aturan Rencana Aksi: tidak ada — setiap triwulan terisi.</source>
        <translation>Action plan findings: none — every quarter is covered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="511" />
        <source>Perubahan tidak dapat disimpan.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="568" />
        <source>Rencana aksi baru</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="569" />
        <source>Kriteria keberhasilan baru</source>
        <translation>New success criterion</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="570" />
        <source>Target/output baru</source>
        <translation>New target/output</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="678" />
        <source>Teks tidak boleh kosong.</source>
        <translation>The text must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="730" />
        <source>Ubah waktu T/O</source>
        <translation>Change T/O quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="731" />
        <source>Ubah penanggung jawab T/O</source>
        <translation>Change T/O responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="732" />
        <source>Ubah mitigasi T/O</source>
        <translation>Change T/O mitigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="733" />
        <source>Ubah status T/O</source>
        <translation>Change T/O status</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="734" />
        <source>Ubah tanggal selesai T/O</source>
        <translation>Change T/O completion date</translation>
    </message>
</context>
<context>
    <name>ActionPlanTree</name>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="38" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="39" />
        <source>Rencana Aksi / Kriteria Keberhasilan / Target/Output</source>
        <translation>Action / Success criterion / Target/Output</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="40" />
        <source>Waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="41" />
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="42" />
        <source>Mitigasi</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="43" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="44" />
        <source>Tanggal selesai</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="48" />
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="49" />
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="50" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="51" />
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_tree_model.py" line="86" />
        <source>“{text}” bukan tanggal. Ketik misalnya 31-03-2024.</source>
        <translation>“{text}” is not a date. Type e.g. 31-03-2024.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="283" />
        <source>Buat Addendum PK</source>
        <translation>Create agreement addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="309" />
        <source>misalnya nomor surat arahan pimpinan</source>
        <translation>e.g. the number of the leadership memo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="311" />
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="312" />
        <source>Berlaku mulai:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="313" />
        <source>Keterangan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="316" />
        <source>Addendum tidak mengubah target dan capaian periode sebelum triwulan yang dipilih: periode itu terkunci. Setiap target yang diubah dicatat sebelum/sesudah bersama alasannya. Usulan addendum paling lambat 20 Juli.</source>
        <translation>An addendum never changes targets or achievements of periods before the chosen quarter: those periods are locked. Every changed target is recorded before/after with its reason. Addendum requests are due by 20 July.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="335" />
        <source>Buat addendum</source>
        <translation>Create addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="374" />
        <source>Addendum tidak dapat dibuat.</source>
        <translation>The addendum could not be created.</translation>
    </message>
</context>
<context>
    <name>CascadeMatrix</name>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="37" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="38" />
        <source>Sasaran / Indikator Kinerja atasan</source>
        <translation>Superior's goal / indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="39" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="225" />
        <source>Status PK: {status}</source>
        <translation>Agreement status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="229" />
        <source>PK bawahan ini sudah ditandatangani: kolomnya hanya dapat dibaca.</source>
        <translation>This subordinate's agreement is signed: its column is read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="298" />
        <source>Konsolidasi lokasi: {value}</source>
        <translation>Location consolidation: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="353" />
        <source>PK {official} sudah ditandatangani.</source>
        <translation>{official}'s agreement is signed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="356" />
        <source>Belum di-cascade ke {official}. Klik ganda atau Spasi untuk mencentang.</source>
        <translation>Not cascaded to {official} yet. Double-click or press Space to tick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_model.py" line="362" />
        <source>porsi {share} %</source>
        <translation>share {share} %</translation>
    </message>
</context>
<context>
    <name>CascadeMatrixView</name>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="311" />
        <source>Matriks Cascading</source>
        <translation>Cascading Matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="316" />
        <source>Baris: IKU atasan per sasaran. Kolom: PK bawahan langsung. Klik ganda (atau Spasi) sel kosong untuk mencentang — direct atau indirect; klik ganda sel bercentang untuk menulis catatan; Delete menghapus centang.</source>
        <translation>Rows: the superior's indicators by goal. Columns: the direct subordinates' agreements. Double-click (or Space) an empty cell to tick it — direct or indirect; double-click a ticked cell to write a note; Delete removes the tick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="321" />
        <source>Centang…</source>
        <translation>Tick…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="322" />
        <source>Hapus centang</source>
        <translation>Remove tick</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="323" />
        <source>Catatan sel</source>
        <translation>Cell note</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="324" />
        <source>Buka IKU bawahan</source>
        <translation>Open subordinate's indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="327" />
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="329" />
        <source>indirect</source>
        <translation>indirect</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="331" />
        <source>PK ditandatangani</source>
        <translation>signed agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="397" />
        <source>Matriks Cascading PK {year} — {owner}</source>
        <translation>Cascading matrix {year} — {owner}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="404" />
        <source>Belum ada PK {year} bawahan langsung {owner}. Buat PK bawahan dulu; kolomnya muncul di sini.</source>
        <translation>{owner}'s direct subordinates have no {year} agreement yet. Create their agreements first; their columns appear here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="411" />
        <location filename="../../app/ui/cascade_matrix_view.py" line="461" />
        <source>{rows} IKU × {columns} bawahan, {ticked} sel dicentang</source>
        <translation>{rows} indicators × {columns} subordinates, {ticked} cells ticked</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="470" />
        <source>{n} temuan cascading</source>
        <translation>{n} cascading findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="472" />
        <source>tidak ada temuan cascading</source>
        <translation>no cascading findings</translation>
    </message>
</context>
<context>
    <name>ChangeReasonDialog</name>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="69" />
        <source>Alasan perubahan Rencana Aksi</source>
        <extracomment>The reasons the Instruksi accepts for changing a finalised Rencana Aksi (seed 000).</extracomment>
        <translation>Reason for the action plan change</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="72" />
        <source>Perjanjian kinerja ini sudah final. Instruksi Sekda 4/2024 mengizinkan perubahan Rencana Aksi hanya karena perubahan regulasi atau kebijakan pimpinan; alasannya dicatat bersama perubahan.</source>
        <translation>This agreement is final. Instruksi Sekda 4/2024 allows action plan changes only for a regulation change or a leadership policy; the reason is recorded with the change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="80" />
        <source>Perubahan regulasi</source>
        <translation>Regulation change</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="81" />
        <source>Kebijakan pimpinan</source>
        <translation>Leadership policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="86" />
        <source>Pakai alasan ini untuk perubahan berikutnya pada IKU ini</source>
        <translation>Use this reason for this indicator's next changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/action_plan_editor.py" line="92" />
        <source>Simpan perubahan</source>
        <translation>Save the change</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="47" />
        <source>rencana aksi</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="48" />
        <source>kriteria keberhasilan</source>
        <translation>success criterion</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="49" />
        <source>target/output</source>
        <translation>target/output</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="93" />
        <source>Tambah {what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="144" />
        <source>Hapus {what}</source>
        <translation>Remove {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="173" />
        <source>Pindahkan {what}</source>
        <translation>Move {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="207" />
        <source>mitigasi</source>
        <translation>mitigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="213" />
        <source>Ubah {what}</source>
        <translation>Change {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="297" />
        <source>Buat kerangka tahapan kunci</source>
        <translation>Create key-phase skeleton</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="331" />
        <source>Tambah KSD</source>
        <translation>Add KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="351" />
        <source>Hapus KSD</source>
        <translation>Remove KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="364" />
        <source>Pindahkan KSD</source>
        <translation>Move KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="415" />
        <source>Ubah target KSD {month}</source>
        <translation>Change KSD target {month}</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="502" />
        <source>Centang cascading</source>
        <translation>Tick cascade</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="546" />
        <source>Hapus centang cascading</source>
        <translation>Remove cascade tick</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="574" />
        <source>Ubah catatan cascading</source>
        <translation>Change cascade note</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="627" />
        <source>Buat addendum PK</source>
        <translation>Create addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_commands.py" line="656" />
        <source>Buat PK pengganti</source>
        <translation>Create replacement agreement</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard_table_models.py" line="69" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_table_models.py" line="70" />
        <source>Sasaran</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_table_models.py" line="71" />
        <source>Nilai Sasaran</source>
        <translation>Goal score</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_table_models.py" line="72" />
        <location filename="../../app/ui/dashboard_table_models.py" line="110" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_table_models.py" line="108" />
        <source>IKU berisiko</source>
        <translation>Indicator at risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_table_models.py" line="109" />
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_table_models.py" line="111" />
        <source>Tren TW I–IV</source>
        <translation>Trend Q1–Q4</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="232" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="235" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="236" />
        <source>Nilai Kinerja</source>
        <translation>Performance score</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="237" />
        <location filename="../../app/ui/dashboard_view.py" line="241" />
        <source>Nilai Sasaran</source>
        <translation>Goal scores</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="238" />
        <source>IKU berisiko (&lt; 80)</source>
        <translation>Indicators at risk (&lt; 80)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="239" />
        <source>PK ditandatangani</source>
        <translation>Signed agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="240" />
        <source>Nilai Kinerja per triwulan</source>
        <translation>Performance score by quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="242" />
        <source>IKU berisiko</source>
        <translation>Indicators at risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="243" />
        <source>Cakupan PK pejabat unit</source>
        <translation>Agreement coverage of the unit's officials</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="244" />
        <source>Tenggat dan peringatan</source>
        <translation>Deadlines and warnings</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="308" />
        <source>Menghitung…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="338" />
        <source>Dasbor Kinerja — {unit}</source>
        <translation>Performance dashboard — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="340" />
        <source>Unit ini belum memiliki perjanjian kinerja.</source>
        <translation>This unit has no performance agreement yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="349" />
        <source>Dasbor Kinerja {year} — {unit}</source>
        <translation>Performance dashboard {year} — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="355" />
        <source>Unit ini belum memiliki PK {year}: belum ada nilai untuk ditampilkan.</source>
        <translation>This unit has no {year} agreement: there is no score to show yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="363" />
        <source>{period} · PK {owner} · dihitung dengan layanan skor yang sama dengan pk-desk score</source>
        <translation>{period} · {owner}'s agreement · computed by the same scoring service as pk-desk score</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="371" />
        <source>belum ada capaian pada periode ini</source>
        <translation>no achievement in this period yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="376" />
        <source>{n} dari {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="378" />
        <source>terendah {score}: {goal}</source>
        <translation>lowest {score}: {goal}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="382" />
        <source>belum ada sasaran yang dinilai</source>
        <translation>no goal scored yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="388" />
        <source>dari {n} IKU</source>
        <translation>of {n} indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="393" />
        <source>{signed} dari {total}</source>
        <translation>{signed} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="395" />
        <source>pejabat unit (di luar pelaksana)</source>
        <translation>unit's officials (staff excluded)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="397" />
        <source>Capaian per IKU — {period}</source>
        <translation>Achievement per indicator — {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="435" />
        <source>IKU berisiko: {n}</source>
        <translation>Indicators at risk: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="439" />
        <source>Tenggat dan peringatan: {n}</source>
        <translation>Deadlines and warnings: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="459" />
        <source>Belum ada PK</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="460" />
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="461" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="462" />
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="463" />
        <source>Digantikan</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard_view.py" line="472" />
        <source>Belum memiliki PK {year}: {names}</source>
        <translation>Without a {year} agreement: {names}</translation>
    </message>
</context>
<context>
    <name>KsdEditor</name>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="243" />
        <source>KSD</source>
        <translation>KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="246" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="247" />
        <source>Tambah KSD</source>
        <translation>Add KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="248" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="249" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="250" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="254" />
        <source>No KSD</source>
        <translation>KSD no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="255" />
        <source>Nama KSD</source>
        <translation>KSD name</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="256" />
        <source>Sub-KSD</source>
        <translation>Sub-KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="257" />
        <source>Rencana Aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="258" />
        <source>Penanggung Jawab</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="259" />
        <source>Instansi Terkait</source>
        <translation>Related agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="260" />
        <source>Kriteria Keberhasilan</source>
        <translation>Success criteria</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="261" />
        <source>Capaian %</source>
        <translation>Achievement %</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="262" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="263" />
        <source>IKU terkait</source>
        <translation>Linked indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="270" />
        <source>IKU “persentase penyelesaian rencana aksi …” yang realisasinya diambil dari target bulan KSD ini (atur sumbernya di tab Rencana Aksi IKU tersebut).</source>
        <translation>The indicator “percentage of action plan completed …” that takes its realisation from this KSD's month targets (set its source in that indicator's Action Plan tab).</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="275" />
        <source>Target bulan B01–B12: klik ganda untuk mengisi, centang bila selesai.</source>
        <translation>Month targets B01–B12: double-click to fill in, tick when done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="287" />
        <source>Kegiatan Strategis Daerah — {unit}</source>
        <translation>Regional strategic initiatives (KSD) — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="289" />
        <source>Kegiatan Strategis Daerah</source>
        <translation>Regional strategic initiatives (KSD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="351" />
        <source>{rows} baris KSD · {done} dari {due} target bulan selesai</source>
        <translation>{rows} KSD rows · {done} of {due} month targets done</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="423" />
        <source>Baris ini terkait IKU pada PK yang sudah ditandatangani: rencana KSD (nama, rencana aksi, pihak, target bulan) terkunci dan hanya berubah lewat addendum. Kemajuan (selesai, tanggal, capaian, keterangan) tetap dicatat.</source>
        <translation>This row is linked to an indicator of a signed agreement: the KSD plan (name, action plan, parties, month targets) is locked and changes only through an addendum. Progress (done, dates, achievement, notes) is still recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="430" />
        <source>Basis data dibuka hanya-baca.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="439" />
        <source>— tidak ditautkan</source>
        <translation>— not linked</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="471" />
        <source>Nama KSD dan rencana aksi wajib diisi.</source>
        <translation>The KSD name and action plan are required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="480" />
        <source>Ubah KSD</source>
        <translation>Change KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="498" />
        <source>Ubah capaian KSD</source>
        <translation>Change KSD achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="515" />
        <source>Tautkan KSD ke IKU</source>
        <translation>Link KSD to indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="569" />
        <source>KSD baru</source>
        <translation>New KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_editor.py" line="570" />
        <source>Rencana aksi KSD</source>
        <translation>KSD action plan</translation>
    </message>
</context>
<context>
    <name>KsdMonthTable</name>
    <message>
        <location filename="../../app/ui/ksd_month_table_model.py" line="34" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_month_table_model.py" line="35" />
        <source>Target/output yang diharapkan</source>
        <translation>Expected target/output</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_month_table_model.py" line="36" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_month_table_model.py" line="37" />
        <source>Tanggal selesai</source>
        <translation>Completed on</translation>
    </message>
</context>
<context>
    <name>KsdTable</name>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="33" />
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="34" />
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="35" />
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="36" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="37" />
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="38" />
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="39" />
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="40" />
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="41" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="42" />
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="43" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="44" />
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="47" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="48" />
        <source>No KSD</source>
        <translation>KSD no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="49" />
        <source>Nama KSD</source>
        <translation>KSD name</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="50" />
        <source>Sub-KSD</source>
        <translation>Sub-KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="51" />
        <source>Rencana Aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="53" />
        <source>Capaian %</source>
        <translation>Achievement %</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="54" />
        <source>Penanggung Jawab</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="55" />
        <source>Instansi Terkait</source>
        <translation>Related agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="56" />
        <source>Kriteria Keberhasilan</source>
        <translation>Success criteria</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="57" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="58" />
        <source>IKU terkait</source>
        <translation>Linked indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="153" />
        <source>IKU ini milik PK yang sudah ditandatangani: rencana KSD terkunci.</source>
        <translation>This indicator belongs to a signed agreement: the KSD plan is locked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="157" />
        <source>{done} dari {due} target bulan selesai</source>
        <translation>{done} of {due} month targets done</translation>
    </message>
    <message>
        <location filename="../../app/ui/ksd_table_model.py" line="196" />
        <source>Selesai {date}</source>
        <translation>Done {date}</translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="87" />
        <source>&amp;Rencana Aksi</source>
        <translation>&amp;Action Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="88" />
        <source>Rencana Aksi IKU terpilih (Ctrl+Alt+R)</source>
        <translation>Action plan of the selected indicator (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="89" />
        <source>&amp;KSD</source>
        <translation>&amp;KSD</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="90" />
        <source>Kegiatan Strategis Daerah unit terpilih (Ctrl+Alt+K)</source>
        <translation>Regional strategic initiatives of the selected unit (Ctrl+Alt+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="91" />
        <source>&amp;Matriks Cascading</source>
        <translation>Cascading &amp;Matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="92" />
        <source>Matriks cascading PK terpilih (Ctrl+Alt+M)</source>
        <translation>Cascading matrix of the selected agreement (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="93" />
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="94" />
        <source>Dasbor kinerja unit terpilih (Ctrl+Alt+D)</source>
        <translation>Performance dashboard of the selected unit (Ctrl+Alt+D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="95" />
        <source>&amp;Tandai sudah ditandatangani…</source>
        <translation>Mark as &amp;signed…</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="97" />
        <source>Cetak set PK, simpan sidik cetakan dan pindaian bertanda tangan</source>
        <translation>Print the agreement set, keep the print fingerprint and the signed scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="99" />
        <source>Buat &amp;Addendum…</source>
        <translation>Create &amp;addendum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="100" />
        <source>Buat PK &amp;Pengganti…</source>
        <translation>Create &amp;replacement agreement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="101" />
        <source>Riwayat &amp;versi</source>
        <translation>&amp;Version history</translation>
    </message>
    <message>
        <location filename="../../app/ui/planning_actions.py" line="106" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="397" />
        <source>Buat PK Pengganti</source>
        <translation>Create replacement agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="420" />
        <source>— (definitif)</source>
        <translation>— (permanent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="428" />
        <source>misalnya nomor SK pengangkatan / SK Plt.</source>
        <translation>e.g. the appointment decree / acting decree number</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="433" />
        <source>Pejabat baru:</source>
        <translation>New official:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="434" />
        <source>Berlaku mulai:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="435" />
        <source>Keterangan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="462" />
        <source>Buat PK pengganti</source>
        <translation>Create replacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="486" />
        <source>Usulan sisa target per IKU (realisasi s.d. {period}). Target ini menjadi target tahunan PK pengganti dan masih dapat diubah sebelum difinalkan.</source>
        <translation>Proposed remaining target per indicator (realisation up to {period}). It becomes the annual target of the replacement agreement and can still be changed before it is finalised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="493" />
        <source>Pergantian pejabat tidak mengharuskan bawahan menandatangani ulang PK mereka (Pergub Kaltara 14/2024 §3.4.2). PK pengganti ditetapkan paling lambat 15 hari kerja sejak mulai bertugas.</source>
        <translation>A change of official does not require the subordinates to sign their agreements again (Pergub Kaltara 14/2024 §3.4.2). The replacement agreement is due within 15 working days of taking office.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="502" />
        <source>{prefix} yang merangkap jabatan pada tahun berjalan tidak perlu menandatangani PK kembali: tanggung jawab target beralih bersama SK {prefix} (§3.6 b). Buat PK pengganti hanya bila pimpinan memintanya.</source>
        <translation>An official acting as {prefix} during the year need not sign the agreement again: responsibility for the targets passes with the {prefix} decree (§3.6 b). Create a replacement only if the leadership asks for it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="511" />
        <source>{prefix} yang merangkap jabatan sejak awal tahun wajib menandatangani PK pada jabatan yang dirangkap (§3.6 a); PK dicetak dengan sebutan {prefix}.</source>
        <translation>An official acting as {prefix} from the start of the year must sign the agreement of the acting position (§3.6 a); it is printed with the {prefix} prefix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="518" />
        <source>Pejabat yang mulai bertugas kurang dari dua bulan sebelum akhir tahun meneruskan PK pejabat sebelumnya, tanpa PK pengganti.</source>
        <translation>An official taking office less than two months before the end of the year continues the predecessor's agreement, without a replacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="533" />
        <source>Pilih pejabat pengganti.</source>
        <translation>Choose the new official.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="546" />
        <source>PK pengganti tidak dapat dibuat.</source>
        <translation>The replacement agreement could not be created.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="109" />
        <source>Tandai PK sudah ditandatangani</source>
        <translation>Mark the agreement as signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="120" />
        <source>Menyiapkan cetakan set PK…</source>
        <translation>Preparing the printed agreement set…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="123" />
        <source>Simpan PDF cetakan…</source>
        <translation>Save the printed PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="138" />
        <source>PDF, PNG atau JPEG dari salinan bertanda tangan</source>
        <translation>PDF, PNG or JPEG of the signed copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="139" />
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="145" />
        <source>1. Cetakan:</source>
        <translation>1. Print:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="146" />
        <source>2. Tanggal tanda tangan:</source>
        <translation>2. Signing date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="147" />
        <source>3. Pindaian (boleh menyusul):</source>
        <translation>3. Scan (may follow later):</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="150" />
        <source>Sidik SHA-256 cetakan dan salinan beku isi PK disimpan. Setelah ditandai, PK ini hanya dapat dibaca; perubahan dilakukan lewat addendum atau PK pengganti. Langkah ini tidak dapat diurungkan.</source>
        <translation>The SHA-256 fingerprint of the print and a frozen copy of the agreement are kept. Once marked, the agreement is read-only; changes go through an addendum or a replacement. This step cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="167" />
        <source>Tandai sudah ditandatangani</source>
        <translation>Mark as signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="192" />
        <source>Set PK siap dicetak: {n} dokumen, {kb} KB, SHA-256 {digest}…</source>
        <translation>Agreement set ready to print: {n} documents, {kb} KB, SHA-256 {digest}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="203" />
        <source>Cetakan gagal dibuat: {error}</source>
        <translation>The print could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="206" />
        <source>Mencetak set PK…</source>
        <translation>Printing the agreement set…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="209" />
        <source>Simpan PDF cetakan PK</source>
        <translation>Save the printed agreement PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="211" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="227" />
        <source>PDF tidak dapat disimpan: {error}</source>
        <translation>The PDF could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="231" />
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="236" />
        <source>Pilih pindaian PK bertanda tangan</source>
        <translation>Choose the scan of the signed agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_dialogs.py" line="237" />
        <source>PDF atau gambar (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TickDialog</name>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="67" />
        <source>Cascade IKU ke bawahan</source>
        <translation>Cascade indicator to subordinate</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="71" />
        <source>IKU &lt;b&gt;{indicator}&lt;/b&gt; diturunkan ke PK &lt;b&gt;{official}&lt;/b&gt; ({title}).</source>
        <translation>Indicator &lt;b&gt;{indicator}&lt;/b&gt; is cascaded to the agreement of &lt;b&gt;{official}&lt;/b&gt; ({title}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="77" />
        <source>Direct — IKU dan targetnya disalin utuh</source>
        <translation>Direct — the indicator and its targets are copied whole</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="79" />
        <source>Indirect — bawahan memikul sebagian target (porsi)</source>
        <translation>Indirect — the subordinate carries a share of the target</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="87" />
        <source>misalnya 50 atau 33,33</source>
        <translation>e.g. 50 or 33.33</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="90" />
        <source>kosong = ✓; misalnya (PKK, Jumantik, Posyandu)</source>
        <translation>empty = ✓; e.g. (PKK, Jumantik, Posyandu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="94" />
        <source>Konsolidasi lokasi IKU atasan: {consolidation}. Porsi yang sudah dibagi ke bawahan lain: {allocated} %. Dengan Sum, porsi semua bawahan harus berjumlah 100 % (dibagi habis).</source>
        <translation>Location consolidation of the superior's indicator: {consolidation}. Share already given to other subordinates: {allocated} %. With Sum, all subordinates' shares must add up to 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="106" />
        <source>Porsi target (%):</source>
        <translation>Target share (%):</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="107" />
        <source>Catatan sel:</source>
        <translation>Cell note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="111" />
        <source>Centang</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="153" />
        <source>Porsi harus lebih dari 0 dan paling banyak 100 %.</source>
        <translation>The share must be above 0 and at most 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cascade_matrix_view.py" line="158" />
        <source>Porsi ini membuat jumlah porsi bawahan melebihi 100 %.</source>
        <translation>This share makes the subordinates' shares exceed 100 %.</translation>
    </message>
</context>
<context>
    <name>VersionHistoryPanel</name>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="133" />
        <source>Versi &amp;&amp; penandatanganan</source>
        <translation>Versions &amp;&amp; signing</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="136" />
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="138" />
        <source>Tetapkan PK sebagai final; ditolak selama Panel Aturan masih berisi galat.</source>
        <translation>Make the agreement final; refused while the rules panel lists errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="140" />
        <source>Tandai sudah ditandatangani…</source>
        <translation>Mark as signed…</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="142" />
        <source>Cetak set PK, simpan sidik cetakan dan pindaian bertanda tangan</source>
        <translation>Print the agreement set, keep the print fingerprint and the signed scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="144" />
        <source>Buat Addendum…</source>
        <translation>Create addendum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="145" />
        <source>Buat PK Pengganti…</source>
        <translation>Create replacement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="146" />
        <source>Riwayat versi (klik ganda untuk membuka):</source>
        <translation>Version history (double-click to open):</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="205" />
        <source>Perubahan target addendum ini (sebelum → sesudah): {n}</source>
        <translation>This addendum's target changes (before → after): {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="210" />
        <source>Addendum ini belum mengubah target. Ubah target periode mulai {period} di tab IKU; periode sebelumnya terkunci.</source>
        <translation>This addendum has not changed any target yet. Change targets from {period} on in the indicator tab; earlier periods are locked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="230" />
        <source>berlaku mulai {period}</source>
        <translation>effective from {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="237" />
        <source>Draf dapat diubah bebas. Finalkan bila Panel Aturan tidak berisi galat.</source>
        <translation>A draft can be changed freely. Finalise it when the rules panel lists no errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="240" />
        <source>Final: cetak set PK untuk tanda tangan basah rangkap dua, lalu tandai sudah ditandatangani dengan pindaiannya.</source>
        <translation>Final: print the agreement set in two copies for wet signatures, then mark it signed with its scan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="244" />
        <source>Sudah ditandatangani: isi PK beku dan hanya dapat dibaca. Perubahan target dilakukan lewat addendum; pergantian pejabat lewat PK pengganti.</source>
        <translation>Signed: the agreement is frozen and read-only. Target changes go through an addendum; a change of official through a replacement agreement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="248" />
        <source>Digantikan oleh versi yang lebih baru; PK ini hanya dapat dibaca.</source>
        <translation>Superseded by a newer version; this agreement is read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="252" />
        <source>SHA-256 cetakan: {digest}</source>
        <translation>Print SHA-256: {digest}</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_history_panel.py" line="257" />
        <source>Ada addendum/PK pengganti yang belum ditandatangani; lanjutkan yang itu.</source>
        <translation>An unsigned addendum/replacement exists; continue with that one.</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="32" />
        <source>Perubahan regulasi</source>
        <translation>Regulation change</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="33" />
        <source>Kebijakan pimpinan</source>
        <translation>Leadership policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="34" />
        <source>Perubahan beban kerja</source>
        <translation>Workload change</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="35" />
        <source>Capaian semester I ≥ target tahunan</source>
        <translation>Semester I achievement ≥ annual target</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="95" />
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="97" />
        <source>Pihak Pertama</source>
        <translation>First party</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="98" />
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="99" />
        <location filename="../../app/ui/version_table_models.py" line="174" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="100" />
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="101" />
        <source>SHA-256 cetakan</source>
        <translation>Print SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="102" />
        <source>Pindaian</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="170" />
        <location filename="../../app/ui/version_table_models.py" line="212" />
        <source>IKU</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="171" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="172" />
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="173" />
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="211" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="213" />
        <source>Konsolidasi</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="214" />
        <source>Target tahunan</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="215" />
        <source>Realisasi sebelum pengganti</source>
        <translation>Realised before the replacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="216" />
        <source>Usulan sisa target</source>
        <translation>Proposed remaining target</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="259" />
        <source>Sum: target tahunan dikurangi realisasi sebelum pengganti.</source>
        <translation>Sum: the annual target minus what was realised before the replacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_table_models.py" line="262" />
        <source>Take Last Known / Average: nilainya tidak dijumlahkan, jadi target tahunan tetap menjadi usulan.</source>
        <translation>Take Last Known / Average: values do not add up, so the annual target stays the proposal.</translation>
    </message>
</context>
</TS>
