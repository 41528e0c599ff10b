<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddHereDialog</name>
    <message>
        <source>Add someone at this PC</source>
        <translation>Tambahkan seseorang di PC ini</translation>
    </message>
    <message>
        <source>Hand the keyboard to the new member: they type their name and a passphrase of their own. They can open the archive with it right away.</source>
        <translation>Serahkan papan ketik kepada anggota baru: ia mengetik namanya dan kata sandinya sendiri. Ia langsung bisa membuka arsip dengan kata sandi itu.</translation>
    </message>
    <message>
        <source>Make them an organiser (they can let members in and remove them)</source>
        <translation>Jadikan pengelola (dapat mengizinkan anggota masuk dan mengeluarkan mereka)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} hari</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} bulan</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 tahun</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} tahun</translation>
    </message>
    <message>
        <source>{years} and {months}</source>
        <translation>{years} {months}</translation>
    </message>
</context>
<context>
    <name>Analyze</name>
    <message>
        <source>The text holds {count} links</source>
        <translation>Teks ini berisi {count} tautan</translation>
    </message>
    <message>
        <source>This report is about {host}, the most worrying of them. Check the others separately.</source>
        <translation>Laporan ini tentang {host}, yang paling mengkhawatirkan di antaranya. Periksa tautan lainnya secara terpisah.</translation>
    </message>
    <message>
        <source>Only the start of the text was checked</source>
        <translation>Hanya bagian awal teks yang diperiksa</translation>
    </message>
    <message>
        <source>The text is {length} characters long; ShopSafe read the first {limit}. Paste only the link or the number you want to check.</source>
        <translation>Teks ini panjangnya {length} karakter; ShopSafe membaca {limit} karakter pertama. Tempelkan hanya tautan atau nomor yang ingin Anda periksa.</translation>
    </message>
    <message>
        <source>Also in the message: {host}</source>
        <translation>Juga ada di pesan: {host}</translation>
    </message>
    <message>
        <source>{host}: {problem}</source>
        <translation>{host}: {problem}</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>The archive could not be used.</source>
        <translation>Arsip tidak bisa dipakai.</translation>
    </message>
    <message>
        <source>No ShopSafe archive was found in {path}.</source>
        <translation>Tidak ada arsip ShopSafe di {path}.</translation>
    </message>
    <message>
        <source>{path} already holds an archive; choose an empty folder.</source>
        <translation>Di {path} sudah ada arsip; pilih folder yang masih kosong.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is wrong.</source>
        <translation>Kata sandi atau kunci pemulihan salah.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but nobody has let you into this archive yet. Ask a family member who already uses it to grant you access.</source>
        <translation>Kata sandi Anda benar, tetapi belum ada yang memberi Anda akses ke arsip ini. Minta anggota keluarga yang sudah memakainya untuk memberi Anda akses.</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it to continue.</source>
        <translation>Arsip sedang terkunci. Buka kuncinya dulu untuk melanjutkan.</translation>
    </message>
    <message>
        <source>This recovery key is not valid. Check it for typing mistakes.</source>
        <translation>Kunci pemulihan ini tidak sah. Periksa apakah ada salah ketik.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ShopSafe (format {version}). Update ShopSafe to open it.</source>
        <translation>{path} dibuat oleh ShopSafe versi yang lebih baru (format {version}). Perbarui ShopSafe untuk membukanya.</translation>
    </message>
    <message>
        <source>{path} asks for unsafe key-derivation settings ({parameter}); it was not used.</source>
        <translation>{path} meminta pengaturan penurunan kunci yang tidak aman ({parameter}), jadi tidak dipakai.</translation>
    </message>
    <message>
        <source>{path} is damaged and was skipped: {reason}</source>
        <translation>{path} rusak dan dilewati: {reason}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check (changed, cut short or moved): {reason}</source>
        <translation>{path} gagal dalam pemeriksaan keutuhan (diubah, terpotong, atau dipindahkan): {reason}</translation>
    </message>
    <message>
        <source>Nothing with the id {item} is in the archive.</source>
        <translation>Tidak ada apa pun dengan ID {item} di arsip ini.</translation>
    </message>
    <message>
        <source>its contents do not match their authentication tag or signature</source>
        <translation>isinya tidak cocok dengan tag autentikasi atau tanda tangannya</translation>
    </message>
    <message>
        <source>it is not in the expected format</source>
        <translation>formatnya tidak sesuai</translation>
    </message>
    <message>
        <source>it was written by a newer version of ShopSafe</source>
        <translation>berkas ini dibuat oleh ShopSafe versi yang lebih baru</translation>
    </message>
    <message>
        <source>it is encrypted with a key this member has not been given</source>
        <translation>berkas ini dienkripsi dengan kunci yang belum diberikan kepada anggota ini</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>berkasnya tidak ada</translation>
    </message>
    <message>
        <source>its file name is not one ShopSafe writes</source>
        <translation>nama berkasnya bukan nama yang dibuat ShopSafe</translation>
    </message>
    <message>
        <source>it asks for unsafe key-derivation settings</source>
        <translation>berkas ini meminta pengaturan penurunan kunci yang tidak aman</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>berkas ini tidak bisa dibaca</translation>
    </message>
    <message>
        <source>it is a sync service&apos;s copy of another file of the archive with the same contents; it can be deleted</source>
        <translation>ini salinan dari layanan sinkronisasi untuk berkas lain di arsip dengan isi yang sama; boleh dihapus</translation>
    </message>
    <message>
        <source>{path} inside the archive is a link to another place. ShopSafe never follows links inside an archive, so it did not open it. Someone who can change the shared folder may have put the link there: remove it, then open the archive again.</source>
        <translation>{path} di dalam arsip adalah tautan ke tempat lain. ShopSafe tidak pernah mengikuti tautan di dalam arsip, jadi berkas itu tidak dibuka. Orang yang bisa mengubah folder bersama mungkin menaruh tautan itu di sana: hapus tautannya, lalu buka arsipnya lagi.</translation>
    </message>
    <message>
        <source>it is a link to another place, and links inside an archive are never followed</source>
        <translation>berkas itu tautan ke tempat lain, dan tautan di dalam arsip tidak pernah diikuti</translation>
    </message>
    <message>
        <source>it is larger than its kind of file can be</source>
        <translation>berkas itu lebih besar daripada yang mungkin untuk jenisnya</translation>
    </message>
    <message>
        <source>{path} is not empty and holds no archive; choose an empty or new folder.</source>
        <translation>{path} tidak kosong dan tidak berisi arsip; pilih folder yang kosong atau baru.</translation>
    </message>
    <message>
        <source>{path} is damaged or missing, so your passphrase could not be checked (it may well be right). Open the archive with your recovery key, then set your passphrase again.</source>
        <translation>{path} rusak atau hilang, jadi frasa sandi Anda tidak bisa diperiksa (mungkin saja sudah benar). Buka arsip dengan kunci pemulihan Anda, lalu atur frasa sandi Anda lagi.</translation>
    </message>
    <message>
        <source>The passphrase opened none of the {tried} passphrase slots tried; this archive has {count}, more than ShopSafe tries at once. If you are sure of your passphrase, give your member id with --member.</source>
        <translation>Frasa sandi tidak membuka satu pun dari {tried} slot frasa sandi yang dicoba; arsip ini punya {count}, lebih banyak daripada yang dicoba ShopSafe sekaligus. Jika Anda yakin frasa sandinya benar, berikan ID anggota Anda dengan --member.</translation>
    </message>
    <message>
        <source>You were let into this archive, but your access file ({path}) is missing. Ask the family member who let you in to grant access again, or open the archive with the recovery key.</source>
        <translation>Anda sudah diizinkan masuk ke arsip ini, tetapi berkas akses Anda ({path}) hilang. Minta anggota keluarga yang mengizinkan Anda untuk memberi akses lagi, atau buka arsip dengan kunci pemulihan.</translation>
    </message>
    <message>
        <source>{reason} (in {path})</source>
        <translation>{reason} (di {path})</translation>
    </message>
    <message>
        <source>1 record written by {owner} is missing</source>
        <translation>1 catatan yang ditulis oleh {owner} hilang</translation>
    </message>
    <message>
        <source>{count} records written by {owner} are missing</source>
        <translation>{count} catatan yang ditulis oleh {owner} hilang</translation>
    </message>
    <message>
        <source>Missing records may still be in your sync service&apos;s deleted files or version history, or in a backup of the archive folder: put them back into the journal folder named above (ShopSafe never changes existing files, so this is safe). Until then the archive shows the last state it can prove; everything else in it is intact.</source>
        <translation>Catatan yang hilang mungkin masih ada di berkas terhapus atau riwayat versi layanan sinkronisasi Anda, atau di cadangan folder arsip: kembalikan ke folder journal yang disebut di atas (ShopSafe tidak pernah mengubah berkas yang sudah ada, jadi ini aman). Sampai saat itu arsip menampilkan keadaan terakhir yang bisa dibuktikan; semua isi lainnya utuh.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the keys of member {member}, so access was not granted. Ask them to read their fingerprint out again; if it still differs, someone may have replaced their request to join.</source>
        <translation>Sidik jari tidak cocok dengan kunci anggota {member}, jadi akses tidak diberikan. Minta mereka membacakan sidik jarinya sekali lagi; jika masih berbeda, mungkin ada orang yang mengganti permintaan bergabung mereka.</translation>
    </message>
    <message>
        <source>Only the person who created this archive, or someone they made an organiser, can let members in or remove them. Nothing was changed.</source>
        <translation>Hanya orang yang membuat arsip ini, atau orang yang ia jadikan pengelola, yang dapat memasukkan atau mengeluarkan anggota. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Member {member} was removed from this archive. To come back they ask to join again (with a new member id).</source>
        <translation>Anggota {member} sudah dikeluarkan dari arsip ini. Untuk kembali, ia perlu meminta bergabung lagi (dengan ID anggota baru).</translation>
    </message>
    <message>
        <source>This archive still uses format 1, which cannot safely remove anyone. Upgrade it first with &apos;shopsafe archive upgrade&apos; (the founder does this once).</source>
        <translation>Arsip ini masih memakai format 1, yang tidak bisa mengeluarkan anggota dengan aman. Tingkatkan dulu dengan &apos;shopsafe archive upgrade&apos; (cukup sekali, oleh pembuat arsip).</translation>
    </message>
    <message>
        <source>Nothing new can be saved: a record in the archive claims the largest clock value a file name can carry. Run &apos;shopsafe archive verify&apos; to see where it is, and remove the member who wrote it.</source>
        <translation>Tidak ada yang baru bisa disimpan: sebuah catatan di arsip mengklaim nilai jam terbesar yang dapat dimuat nama berkas. Jalankan &apos;shopsafe archive verify&apos; untuk melihat letaknya, lalu keluarkan anggota yang menulisnya.</translation>
    </message>
    <message>
        <source>it was not written by a member allowed to write it at that time</source>
        <translation>berkas ini tidak ditulis oleh anggota yang saat itu berhak menulisnya</translation>
    </message>
    <message>
        <source>it is older than the one this PC already saw (an older copy was put back)</source>
        <translation>berkas ini lebih lama daripada yang sudah pernah dilihat PC ini (salinan lama dikembalikan)</translation>
    </message>
    <message>
        <source>no valid list of members was found, so only the founder is trusted</source>
        <translation>tidak ditemukan daftar anggota yang sah, jadi hanya pembuat arsip yang dipercaya</translation>
    </message>
    <message>
        <source>no record names it (an interrupted add, or put there by someone else)</source>
        <translation>tidak ada catatan yang menyebutnya (penambahan yang terputus, atau diletakkan orang lain)</translation>
    </message>
    <message>
        <source>a record written there does not follow the one before it (it may have been replaced)</source>
        <translation>sebuah catatan di sana tidak menyambung dengan catatan sebelumnya (mungkin sudah diganti)</translation>
    </message>
    <message>
        <source>{name}&apos;s PC</source>
        <translation>PC milik {name}</translation>
    </message>
    <message>
        <source>the PC {device}</source>
        <translation>PC {device}</translation>
    </message>
    <message>
        <source>No member {member} is on this archive&apos;s list, so nobody was removed and nothing was changed.</source>
        <translation>Tidak ada anggota {member} dalam daftar arsip ini, jadi tidak ada yang dikeluarkan dan tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>You cannot remove yourself while changing the archive key. Nothing was changed.</source>
        <translation>Anda tidak dapat mengeluarkan diri sendiri saat mengganti kunci arsip. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or folder), so it is not read</source>
        <translation>ini bukan berkas biasa (pipe, perangkat, atau folder), jadi tidak dibaca</translation>
    </message>
    <message>
        <source>it was put into another PC&apos;s folder by someone else and does not follow that PC&apos;s records</source>
        <translation>berkas ini dimasukkan ke folder PC lain oleh orang lain dan tidak menyambung dengan catatan PC tersebut</translation>
    </message>
    <message>
        <source>This change to the list of members was not accepted: someone changed the list at the same time in a way that takes precedence, or the change is one only the founder may make. Open the archive again to see the current list.</source>
        <translation>Perubahan daftar anggota ini tidak diterima: ada orang lain yang mengubah daftar pada saat yang sama dengan perubahan yang lebih diutamakan, atau perubahan ini hanya boleh dibuat oleh pembuat arsip. Buka arsip lagi untuk melihat daftar terbaru.</translation>
    </message>
    <message>
        <source>This is not a ShopSafe invitation code. Ask for the whole code: it starts with SHOPSAFE-JOIN and ends with the four groups of the fingerprint.</source>
        <extracomment>Roles as the members list shows them, most responsible first.</extracomment>
        <translation>Ini bukan kode undangan ShopSafe. Minta kodenya secara utuh: diawali SHOPSAFE-JOIN dan diakhiri empat kelompok sidik jari.</translation>
    </message>
    <message>
        <source>This invitation code is for another archive. Ask the person to choose this family&apos;s archive folder when they ask to join.</source>
        <translation>Kode undangan ini untuk arsip lain. Minta orang itu memilih folder arsip keluarga ini saat meminta bergabung.</translation>
    </message>
    <message>
        <source>Only the person who created this archive (or its recovery key) can make someone an organiser. Nothing was changed.</source>
        <translation>Hanya orang yang membuat arsip ini (atau kunci pemulihannya) yang dapat menjadikan seseorang pengelola. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only the person who created this archive (or its recovery key) can remove an organiser. Nothing was changed.</source>
        <translation>Hanya orang yang membuat arsip ini (atau kunci pemulihannya) yang dapat mengeluarkan pengelola. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>ArchiveCli</name>
    <message>
        <source>Passphrase: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Kata sandi tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Ulangi kata sandi: </translation>
    </message>
    <message>
        <source>The passphrases differ; try again.</source>
        <translation>Kata sandi tidak sama; coba lagi.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>peringatan: {problem}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>kesalahan: {message}</translation>
    </message>
    <message>
        <source>error: {path} already exists (use --force to overwrite)</source>
        <translation>kesalahan: {path} sudah ada (pakai --force untuk menimpanya)</translation>
    </message>
    <message>
        <source>error: {path}: {reason}</source>
        <translation>kesalahan: {path}: {reason}</translation>
    </message>
    <message>
        <source>Created the archive {path}.</source>
        <translation>Arsip {path} sudah dibuat.</translation>
    </message>
    <message>
        <source>Keep your passphrase safe, and run &apos;shopsafe archive recovery&apos; to print a recovery key.</source>
        <translation>Simpan kata sandi Anda baik-baik, lalu jalankan &apos;shopsafe archive recovery&apos; untuk mencetak kunci pemulihan.</translation>
    </message>
    <message>
        <source>Exported {file} ({size} bytes).</source>
        <translation>{file} sudah diekspor ({size} bita).</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Tidak ada yang ditemukan.</translation>
    </message>
    <message>
        <source>DAMAGED {path}: {reason}</source>
        <translation>RUSAK {path}: {reason}</translation>
    </message>
    <message>
        <source>{count} damaged file(s); they were left in place.</source>
        <translation>{count} berkas rusak; semuanya dibiarkan di tempatnya.</translation>
    </message>
    <message>
        <source>All {count} files are intact.</source>
        <translation>Semua {count} berkas utuh.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>Recovered: member {member} now opens the archive with the new passphrase.</source>
        <translation>Berhasil dipulihkan: anggota {member} sekarang membuka arsip dengan kata sandi baru.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Kata sandi sudah diganti.</translation>
    </message>
    <message>
        <source>Wrote the new recovery key to {file}.</source>
        <translation>Kunci pemulihan baru disimpan di {file}.</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe: it opens the archive without any passphrase.</source>
        <translation>Cetak atau catat kunci ini dan simpan di tempat aman: kunci ini bisa membuka arsip tanpa kata sandi.</translation>
    </message>
    <message>
        <source>Asked to join as member {member}, fingerprint {fingerprint}.</source>
        <translation>Permintaan bergabung terkirim sebagai anggota {member}, sidik jari {fingerprint}.</translation>
    </message>
    <message>
        <source>Read the fingerprint to the family member who will let you in, so they can check it before granting access.</source>
        <translation>Bacakan sidik jari ini kepada anggota keluarga yang akan memberi Anda akses, supaya ia bisa mencocokkannya dulu.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>kunci pemulihan</translation>
    </message>
    <message>
        <source>has access</source>
        <translation>punya akses</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Anda)</translation>
    </message>
    <message>
        <source>Member {member} can now open the archive.</source>
        <translation>Anggota {member} sekarang bisa membuka arsip.</translation>
    </message>
    <message>
        <source>the encrypted evidence archive</source>
        <translation>arsip bukti terenkripsi</translation>
    </message>
    <message>
        <source>Keep orders, receipts and chats in an encrypted archive folder.</source>
        <translation>Simpan pesanan, struk, dan obrolan di folder arsip terenkripsi.</translation>
    </message>
    <message>
        <source>archive commands</source>
        <translation>perintah arsip</translation>
    </message>
    <message>
        <source>the archive folder (e.g. MyArchive.shopsafe)</source>
        <translation>folder arsip (misalnya ArsipSaya.shopsafe)</translation>
    </message>
    <message>
        <source>read the passphrase from this file</source>
        <translation>baca kata sandi dari berkas ini</translation>
    </message>
    <message>
        <source>unlock with the recovery key stored in this file</source>
        <translation>buka dengan kunci pemulihan yang tersimpan di berkas ini</translation>
    </message>
    <message>
        <source>only try this member&apos;s slots</source>
        <translation>hanya coba slot milik anggota ini</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tampilkan JSON</translation>
    </message>
    <message>
        <source>Argon2id memory in KiB (default: calibrated to ~0.6 s)</source>
        <translation>memori Argon2id dalam KiB (bawaan: disetel agar ~0,6 dtk)</translation>
    </message>
    <message>
        <source>Argon2id iterations</source>
        <translation>jumlah iterasi Argon2id</translation>
    </message>
    <message>
        <source>accept a passphrase the estimator calls weak</source>
        <translation>terima kata sandi yang dinilai lemah</translation>
    </message>
    <message>
        <source>your name as shown to the family</source>
        <translation>nama Anda seperti yang dilihat keluarga</translation>
    </message>
    <message>
        <source>create a new archive</source>
        <translation>buat arsip baru</translation>
    </message>
    <message>
        <source>print a recovery key right away (else you are asked when the terminal is interactive)</source>
        <translation>langsung tampilkan kunci pemulihan (jika tidak, Anda akan ditanya bila terminal interaktif)</translation>
    </message>
    <message>
        <source>encrypt files into the archive</source>
        <translation>enkripsi berkas ke dalam arsip</translation>
    </message>
    <message>
        <source>the files to add (all are checked first)</source>
        <translation>berkas yang akan ditambahkan (semua diperiksa lebih dulu)</translation>
    </message>
    <message>
        <source>attach to this order (default: a new order)</source>
        <translation>lampirkan ke pesanan ini (bawaan: pesanan baru)</translation>
    </message>
    <message>
        <source>title of the new order</source>
        <translation>judul pesanan baru</translation>
    </message>
    <message>
        <source>seller of the new order</source>
        <translation>penjual pesanan baru</translation>
    </message>
    <message>
        <source>date of the new order (YYYY-MM-DD)</source>
        <translation>tanggal pesanan baru (TTTT-BB-HH)</translation>
    </message>
    <message>
        <source>amount paid, as written (e.g. &apos;Rp 250.000&apos;)</source>
        <translation>jumlah yang dibayar, seperti tertulis (misalnya &apos;Rp 250.000&apos;)</translation>
    </message>
    <message>
        <source>tag for the order (repeatable)</source>
        <translation>label untuk pesanan (bisa diulang)</translation>
    </message>
    <message>
        <source>list the orders with their files</source>
        <translation>daftar pesanan beserta berkasnya</translation>
    </message>
    <message>
        <source>include deleted orders</source>
        <translation>sertakan pesanan yang dihapus</translation>
    </message>
    <message>
        <source>show one order or file</source>
        <translation>tampilkan satu pesanan atau berkas</translation>
    </message>
    <message>
        <source>an order id, a file id or a file name</source>
        <translation>ID pesanan, ID berkas, atau nama berkas</translation>
    </message>
    <message>
        <source>decrypt a file (or all of an order&apos;s) to disk</source>
        <translation>dekripsi berkas (atau semua berkas pesanan) ke disk</translation>
    </message>
    <message>
        <source>a file name, a file id or an order id</source>
        <translation>nama berkas, ID berkas, atau ID pesanan</translation>
    </message>
    <message>
        <source>file (for a file) or folder (for an order)</source>
        <translation>berkas (untuk satu berkas) atau folder (untuk pesanan)</translation>
    </message>
    <message>
        <source>overwrite existing files</source>
        <translation>timpa berkas yang sudah ada</translation>
    </message>
    <message>
        <source>search the archive (accents and case ignored)</source>
        <translation>cari di arsip (aksen dan huruf besar/kecil diabaikan)</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>kata yang dicari</translation>
    </message>
    <message>
        <source>check every file; exit 1 naming each damaged one</source>
        <translation>periksa setiap berkas; keluar dengan kode 1 dan sebutkan tiap berkas yang rusak</translation>
    </message>
    <message>
        <source>change your passphrase</source>
        <translation>ganti kata sandi Anda</translation>
    </message>
    <message>
        <source>read the new passphrase from this file</source>
        <translation>baca kata sandi baru dari berkas ini</translation>
    </message>
    <message>
        <source>name for the new member (after recovery)</source>
        <translation>nama untuk anggota baru (setelah pemulihan)</translation>
    </message>
    <message>
        <source>ask to join a family archive with your own passphrase</source>
        <translation>minta bergabung ke arsip keluarga dengan kata sandi Anda sendiri</translation>
    </message>
    <message>
        <source>let a member who asked to join open the archive</source>
        <translation>izinkan anggota yang minta bergabung membuka arsip</translation>
    </message>
    <message>
        <source>the member id shown by &apos;join&apos;</source>
        <translation>ID anggota yang ditampilkan oleh &apos;join&apos;</translation>
    </message>
    <message>
        <source>create a new printable recovery key</source>
        <translation>buat kunci pemulihan baru yang bisa dicetak</translation>
    </message>
    <message>
        <source>write the key to this new file instead</source>
        <translation>tulis kuncinya ke berkas baru ini saja</translation>
    </message>
    <message>
        <source>language of the messages (default: SHOPSAFE_LANGUAGE, else the language chosen in Settings, else the system&apos;s)</source>
        <translation>bahasa pesan (bawaan: SHOPSAFE_LANGUAGE, lalu bahasa yang dipilih di Pengaturan, lalu bahasa sistem)</translation>
    </message>
    <message>
        <source>warning: this passphrase is {label}.</source>
        <translation>peringatan: kata sandi ini {label}.</translation>
    </message>
    <message>
        <source>error: choose a stronger passphrase, or add --weak-passphrase to use this one anyway.</source>
        <translation>galat: pilih kata sandi yang lebih kuat, atau tambahkan --weak-passphrase untuk tetap memakai yang ini.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>seller: {seller}</source>
        <translation>penjual: {seller}</translation>
    </message>
    <message>
        <source>total: {total}</source>
        <translation>total: {total}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>label: {tags}</translation>
    </message>
    <message>
        <source>needs review (edited on two PCs)</source>
        <translation>perlu ditinjau (diubah di dua PC)</translation>
    </message>
    <message>
        <source>Print a recovery key now? [y/N] </source>
        <translation>Tampilkan kunci pemulihan sekarang? [y/T] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Your recovery key (earlier recovery keys no longer work):</source>
        <translation>Kunci pemulihan Anda (kunci pemulihan sebelumnya tidak berlaku lagi):</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe: it opens the archive without any passphrase. Without your passphrase and this key, nothing in the archive can be recovered.</source>
        <translation>Cetak atau tulis kunci ini dan simpan di tempat aman: kunci ini membuka arsip tanpa kata sandi. Tanpa kata sandi dan kunci ini, isi arsip sama sekali tidak bisa dipulihkan.</translation>
    </message>
    <message>
        <source>error: {path} is not a readable file.</source>
        <translation>galat: {path} bukan berkas yang bisa dibaca.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>Added {file} to the order {title}.</source>
        <translation>{file} ditambahkan ke pesanan {title}.</translation>
    </message>
    <message>
        <source>This file belongs to no order.</source>
        <translation>Berkas ini tidak termasuk pesanan mana pun.</translation>
    </message>
    <message>
        <source>check report</source>
        <translation>laporan pemeriksaan</translation>
    </message>
    <message>
        <source>cost breakdown</source>
        <translation>rincian biaya</translation>
    </message>
    <message>
        <source>error: several files have that name; use one of these ids:</source>
        <translation>galat: beberapa berkas bernama sama; pakai salah satu ID ini:</translation>
    </message>
    <message>
        <source>  the file {file} of the order {order}</source>
        <translation>  berkas {file} dari pesanan {order}</translation>
    </message>
    <message>
        <source>error: the new passphrase is empty; nothing was changed</source>
        <translation>galat: frasa sandi baru kosong; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>NOTE {path}: {reason}</source>
        <translation>CATATAN {path}: {reason}</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this folder, but it still opens old copies of it (a backup, your sync service&apos;s version history), and through them your member identity, including keys shared with it later. If the old passphrase may have leaked: open the archive with the recovery key, run &apos;shopsafe archive passwd&apos; there for a new identity, then &apos;shopsafe archive rotate --remove {member}&apos;.</source>
        <translation>Frasa sandi lama tidak lagi membuka folder ini, tetapi masih membuka salinan lamanya (cadangan, riwayat versi layanan sinkronisasi Anda), dan lewat salinan itu identitas anggota Anda, termasuk kunci yang dibagikan kepadanya nanti. Jika frasa sandi lama mungkin bocor: buka arsip dengan kunci pemulihan, jalankan &apos;shopsafe archive passwd&apos; di sana untuk identitas baru, lalu &apos;shopsafe archive rotate --remove {member}&apos;.</translation>
    </message>
    <message>
        <source>Ask member {member} to read out their fingerprint, and type it here: </source>
        <translation>Minta anggota {member} membacakan sidik jarinya, lalu ketik di sini: </translation>
    </message>
    <message>
        <source>error: no fingerprint given; nothing was changed (use --fingerprint)</source>
        <translation>galat: sidik jari tidak diberikan; tidak ada yang diubah (gunakan --fingerprint)</translation>
    </message>
    <message>
        <source>New archive key (generation {generation}) shared with every member still on the list.</source>
        <translation>Kunci arsip baru (generasi {generation}) dibagikan kepada setiap anggota yang masih ada di daftar.</translation>
    </message>
    <message>
        <source>Removed: {members}. They keep what they could already read, but cannot read or write anything from now on.</source>
        <translation>Dikeluarkan: {members}. Mereka tetap memegang apa yang sudah bisa mereka baca, tetapi mulai sekarang tidak bisa membaca atau menulis apa pun.</translation>
    </message>
    <message>
        <source>This archive already uses format 2.</source>
        <translation>Arsip ini sudah memakai format 2.</translation>
    </message>
    <message>
        <source>Upgraded to format 2: members are now on a signed list and every new record is signed. Create a new recovery key now (&apos;shopsafe archive recovery&apos;): the old one is not carried over.</source>
        <translation>Ditingkatkan ke format 2: anggota kini tercatat di daftar bertanda tangan dan setiap catatan baru ditandatangani. Buat kunci pemulihan baru sekarang (&apos;shopsafe archive recovery&apos;): kunci lama tidak ikut dibawa.</translation>
    </message>
    <message>
        <source>the fingerprint the new member reads out to you (asked if missing)</source>
        <translation>sidik jari yang dibacakan anggota baru kepada Anda (ditanyakan jika tidak diberikan)</translation>
    </message>
    <message>
        <source>new archive key for everyone except removed members</source>
        <translation>kunci arsip baru untuk semua orang kecuali anggota yang dikeluarkan</translation>
    </message>
    <message>
        <source>remove this member (repeatable)</source>
        <translation>keluarkan anggota ini (bisa diulang)</translation>
    </message>
    <message>
        <source>upgrade a format 1 archive to format 2 (founder only)</source>
        <translation>tingkatkan arsip format 1 ke format 2 (hanya pembuat arsip)</translation>
    </message>
    <message>
        <source>error: {path} is not UTF-8 text; save the passphrase or recovery key as plain text and try again</source>
        <translation>galat: {path} bukan teks UTF-8; simpan kata sandi atau kunci pemulihan sebagai teks biasa lalu coba lagi</translation>
    </message>
    <message>
        <source>error: something unexpected went wrong and nothing more was done; the details are in the log</source>
        <translation>galat: terjadi masalah yang tidak terduga dan tidak ada lagi yang dilakukan; rinciannya ada di log</translation>
    </message>
    <message>
        <source>the family&apos;s seller book (in the archive)</source>
        <translation>buku penjual keluarga (di dalam arsip)</translation>
    </message>
    <message>
        <source>Sellers your family knows, their phone numbers, accounts and links, and the family&apos;s verdict on each.</source>
        <translation>Penjual yang dikenal keluarga Anda, nomor telepon, rekening dan tautannya, serta penilaian keluarga untuk masing-masing.</translation>
    </message>
    <message>
        <source>seller book commands</source>
        <translation>perintah buku penjual</translation>
    </message>
    <message>
        <source>your country (ISO code, e.g. ID, ES, MX): how national phone numbers are read (default ID)</source>
        <translation>negara Anda (kode ISO, mis. ID, ES, MX): cara membaca nomor telepon lokal (bawaan ID)</translation>
    </message>
    <message>
        <source>a seller&apos;s id or name</source>
        <translation>id atau nama penjual</translation>
    </message>
    <message>
        <source>list the sellers and the family&apos;s verdicts</source>
        <translation>tampilkan daftar penjual dan penilaian keluarga</translation>
    </message>
    <message>
        <source>one seller: identifiers, verdicts, orders</source>
        <translation>satu penjual: identitas, penilaian, pesanan</translation>
    </message>
    <message>
        <source>add a seller to the book</source>
        <translation>tambahkan penjual ke buku</translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation>nama penjual</translation>
    </message>
    <message>
        <source>phone or WhatsApp number, or wa.me link (repeatable)</source>
        <translation>nomor telepon atau WhatsApp, atau tautan wa.me (bisa diulang)</translation>
    </message>
    <message>
        <source>bank account, e.g. &apos;BCA 123 456 7890 a.n. Budi&apos; (bank and holder optional; repeatable)</source>
        <translation>rekening bank, mis. &apos;BCA 123 456 7890 a.n. Budi&apos; (bank dan nama pemilik boleh dikosongkan; bisa diulang)</translation>
    </message>
    <message>
        <source>web address of the shop (repeatable)</source>
        <translation>alamat web toko (bisa diulang)</translation>
    </message>
    <message>
        <source>social handle or profile link (repeatable)</source>
        <translation>akun media sosial atau tautan profil (bisa diulang)</translation>
    </message>
    <message>
        <source>e-wallet id, e.g. &apos;DANA 0812…&apos; (repeatable)</source>
        <translation>id dompet digital, mis. &apos;DANA 0812…&apos; (bisa diulang)</translation>
    </message>
    <message>
        <source>marketplace shop link (repeatable)</source>
        <translation>tautan toko di marketplace (bisa diulang)</translation>
    </message>
    <message>
        <source>a note about the seller</source>
        <translation>catatan tentang penjual</translation>
    </message>
    <message>
        <source>give the family&apos;s verdict on a seller</source>
        <translation>beri penilaian keluarga untuk seorang penjual</translation>
    </message>
    <message>
        <source>scam, trusted or unsure</source>
        <translation>scam (penipu), trusted (tepercaya) atau unsure (ragu)</translation>
    </message>
    <message>
        <source>why (the family sees it)</source>
        <translation>alasannya (dilihat keluarga)</translation>
    </message>
    <message>
        <source>merge a duplicate into another seller</source>
        <translation>gabungkan penjual ganda ke penjual lain</translation>
    </message>
    <message>
        <source>the seller to keep</source>
        <translation>penjual yang dipertahankan</translation>
    </message>
    <message>
        <source>the duplicate to merge into it</source>
        <translation>penjual ganda yang digabungkan ke dalamnya</translation>
    </message>
    <message>
        <source>a signed card of one seller to send through a chat</source>
        <translation>kartu penjual bertanda tangan untuk dikirim lewat chat</translation>
    </message>
    <message>
        <source>write the card to this new file (default: print it as text)</source>
        <translation>tulis kartu ke berkas baru ini (bawaan: tampilkan sebagai teks)</translation>
    </message>
    <message>
        <source>check a seller card someone sent</source>
        <translation>periksa kartu penjual yang dikirim seseorang</translation>
    </message>
    <message>
        <source>the card file, or - to paste its text</source>
        <translation>berkas kartu, atau - untuk menempelkan teksnya</translation>
    </message>
    <message>
        <source>also put the seller and its verdict in your book</source>
        <translation>masukkan juga penjual dan penilaiannya ke buku Anda</translation>
    </message>
    <message>
        <source>list fields edited on two computers at once, with every version</source>
        <translation>daftar isian yang diubah di dua komputer sekaligus, dengan semua versinya</translation>
    </message>
    <message>
        <source>settle a field edited on two computers at once</source>
        <translation>selesaikan isian yang diubah di dua komputer sekaligus</translation>
    </message>
    <message>
        <source>the order (or other item) id shown by &apos;conflicts&apos;</source>
        <translation>id pesanan (atau item lain) yang ditampilkan &apos;conflicts&apos;</translation>
    </message>
    <message>
        <source>the field shown by &apos;conflicts&apos; (e.g. title)</source>
        <translation>isian yang ditampilkan &apos;conflicts&apos; (misalnya title)</translation>
    </message>
    <message>
        <source>keep version N as numbered by &apos;conflicts&apos;</source>
        <translation>pakai versi N sesuai nomor dari &apos;conflicts&apos;</translation>
    </message>
    <message>
        <source>write this value instead of any version</source>
        <translation>tulis isian ini, bukan salah satu versi</translation>
    </message>
    <message>
        <source>Nothing to review: every edit has been settled.</source>
        <translation>Tidak ada yang perlu diperiksa: semua perubahan sudah beres.</translation>
    </message>
    <message>
        <source>{item} {field} — {label}</source>
        <translation>{item} {field} — {label}</translation>
    </message>
    <message>
        <source> (shown now)</source>
        <translation> (yang tampil sekarang)</translation>
    </message>
    <message>
        <source>{n}. {value} by {who}, {when}{shown}</source>
        <translation>{n}. {value} oleh {who}, {when}{shown}</translation>
    </message>
    <message>
        <source>Settle one with: shopsafe archive resolve ARCHIVE ITEM FIELD --keep N (or --value TEXT)</source>
        <translation>Selesaikan dengan: shopsafe archive resolve ARSIP ITEM ISIAN --keep N (atau --value TEKS)</translation>
    </message>
    <message>
        <source>error: {field} of {item} has no edits to settle (see &apos;shopsafe archive conflicts&apos;)</source>
        <translation>galat: {field} pada {item} tidak punya perubahan yang perlu diselesaikan (lihat &apos;shopsafe archive conflicts&apos;)</translation>
    </message>
    <message>
        <source>error: choose a version from 1 to {count}</source>
        <translation>galat: pilih versi dari 1 sampai {count}</translation>
    </message>
    <message>
        <source>Settled: {field} is now {value} for everyone.</source>
        <translation>Selesai: {field} sekarang {value} untuk semua anggota.</translation>
    </message>
    <message>
        <source>your country (ISO code, e.g. ID, ES, MX): currency and date order</source>
        <translation>negara Anda (kode ISO, mis. ID, ES, MX): mata uang dan urutan tanggal</translation>
    </message>
    <message>
        <source>read the text of files not read yet (pictures by OCR, PDFs, e-mails)</source>
        <translation>baca teks berkas yang belum dibaca (gambar dengan OCR, PDF, email)</translation>
    </message>
    <message>
        <source>only this order&apos;s files (an order id)</source>
        <translation>hanya berkas pesanan ini (ID pesanan)</translation>
    </message>
    <message>
        <source>read every file again, also those already read</source>
        <translation>baca ulang semua berkas, termasuk yang sudah dibaca</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>toko</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>subtotal</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>pajak</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>dibayar</translation>
    </message>
    <message>
        <source>change</source>
        <translation>kembalian</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>cara bayar</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>nomor referensi</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>nomor pajak</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>recipient account</source>
        <translation>rekening penerima</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>penerima</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>struk</translation>
    </message>
    <message>
        <source>transfer proof</source>
        <translation>bukti transfer</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <source>{file}: not read yet (run &apos;shopsafe archive reread&apos;)</source>
        <translation>{file}: belum dibaca (jalankan &apos;shopsafe archive reread&apos;)</translation>
    </message>
    <message>
        <source>{file}: could not be read (damaged)</source>
        <translation>{file}: tidak bisa dibaca (rusak)</translation>
    </message>
    <message>
        <source>{file}: read as a {kind}</source>
        <translation>{file}: dibaca sebagai {kind}</translation>
    </message>
    <message>
        <source>(check this)</source>
        <translation>(periksa ini)</translation>
    </message>
    <message>
        <source>Every file has been read already.</source>
        <translation>Semua berkas sudah dibaca.</translation>
    </message>
    <message>
        <source>Read {done} of {total}: {file}</source>
        <translation>Dibaca {done} dari {total}: {file}</translation>
    </message>
    <message>
        <source>Stopped; the {count} file(s) read so far are kept.</source>
        <translation>Dihentikan; {count} berkas yang sudah dibaca tetap disimpan.</translation>
    </message>
    <message>
        <source>{read} file(s) read.</source>
        <translation>{read} berkas dibaca.</translation>
    </message>
    <message>
        <source>{count} file(s) are damaged and could not be read.</source>
        <translation>{count} berkas rusak dan tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>{count} picture(s) could not be read: the text recogniser (Tesseract) is not installed.</source>
        <translation>{count} gambar tidak bisa dibaca: pengenal teks (Tesseract) belum terpasang.</translation>
    </message>
    <message>
        <source>{count} file(s) could not be read this time; the details are in the log.</source>
        <translation>{count} berkas tidak bisa dibaca kali ini; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>read the files&apos; text now, so search finds them (else &apos;reread&apos; or the window does it later)</source>
        <translation>baca teks berkas sekarang, agar pencarian langsung menemukannya (jika tidak, &apos;reread&apos; atau jendela aplikasi membacanya nanti)</translation>
    </message>
    <message>
        <source>Stopped reading; the files are added. &apos;shopsafe archive reread&apos; reads the rest.</source>
        <translation>Pembacaan dihentikan; berkas sudah ditambahkan. &apos;shopsafe archive reread&apos; membaca sisanya.</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>pendiri</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>pengelola</translation>
    </message>
    <message>
        <source>asked to join</source>
        <translation>minta bergabung</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dikeluarkan</translation>
    </message>
    <message>
        <source>{names} can no longer open the archive or read anything added from now on. They keep what they already had: whatever they saw or copied before cannot be taken back.</source>
        <translation>{names} tidak bisa lagi membuka arsip atau membaca apa pun yang ditambahkan mulai sekarang. Apa yang sudah mereka miliki tetap ada pada mereka: apa yang sudah mereka lihat atau salin sebelumnya tidak bisa ditarik kembali.</translation>
    </message>
    <message>
        <source>the family: list, add at this PC, invite, let in, remove, organisers</source>
        <translation>keluarga: daftar, tambah di PC ini, undang, izinkan masuk, keluarkan, pengelola</translation>
    </message>
    <message>
        <source>members commands</source>
        <translation>perintah anggota</translation>
    </message>
    <message>
        <source>list members, their role and whether they have access</source>
        <translation>tampilkan anggota, perannya, dan apakah mereka punya akses</translation>
    </message>
    <message>
        <source>add someone at this PC: they type their own passphrase</source>
        <translation>tambahkan seseorang di PC ini: ia mengetik kata sandinya sendiri</translation>
    </message>
    <message>
        <source>the new member&apos;s name as shown to the family</source>
        <translation>nama anggota baru seperti yang dilihat keluarga</translation>
    </message>
    <message>
        <source>read the new member&apos;s passphrase from this file</source>
        <translation>baca kata sandi anggota baru dari berkas ini</translation>
    </message>
    <message>
        <source>make them an organiser too (founder only)</source>
        <translation>jadikan juga pengelola (hanya pendiri)</translation>
    </message>
    <message>
        <source>ask to join from this PC and print the invitation code to send</source>
        <translation>minta bergabung dari PC ini dan tampilkan kode undangan untuk dikirim</translation>
    </message>
    <message>
        <source>let in someone who sent an invitation code (or a member id)</source>
        <translation>izinkan masuk orang yang mengirim kode undangan (atau id anggota)</translation>
    </message>
    <message>
        <source>the invitation code in quotes, or a member id</source>
        <translation>kode undangan dalam tanda kutip, atau id anggota</translation>
    </message>
    <message>
        <source>the fingerprint they read out to you</source>
        <translation>sidik jari yang dibacakan kepada Anda</translation>
    </message>
    <message>
        <source>do not ask: the fingerprint in the code is the one they see</source>
        <translation>jangan tanya: sidik jari dalam kode sama dengan yang mereka lihat</translation>
    </message>
    <message>
        <source>remove members: a new archive key for everyone else</source>
        <translation>keluarkan anggota: kunci arsip baru untuk semua yang lain</translation>
    </message>
    <message>
        <source>member id or name</source>
        <translation>id atau nama anggota</translation>
    </message>
    <message>
        <source>make a member an organiser (founder only)</source>
        <translation>jadikan anggota sebagai pengelola (hanya pendiri)</translation>
    </message>
    <message>
        <source>make an organiser a plain member again</source>
        <translation>jadikan pengelola anggota biasa lagi</translation>
    </message>
    <message>
        <source>what other members wrote since your last visit (then marked as seen)</source>
        <translation>apa yang ditulis anggota lain sejak kunjungan terakhir Anda (lalu ditandai sudah dilihat)</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>tanpa akses</translation>
    </message>
    <message>
        <source>{name}, type your own passphrase: </source>
        <translation>{name}, ketik kata sandi Anda sendiri: </translation>
    </message>
    <message>
        <source>{name} was added (member {member}) and can now open the archive with their own passphrase.</source>
        <translation>{name} sudah ditambahkan (anggota {member}) dan kini dapat membuka arsip dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>{name} is an organiser: they can let members in and remove them too.</source>
        <translation>{name} adalah pengelola: ia juga dapat mengizinkan anggota masuk dan mengeluarkan mereka.</translation>
    </message>
    <message>
        <source>Your invitation code (send it to an organiser of the family, e.g. in a chat; it holds no secret):</source>
        <translation>Kode undangan Anda (kirimkan ke pengelola keluarga, misalnya lewat chat; kode ini tidak berisi rahasia):</translation>
    </message>
    <message>
        <source>Your fingerprint is {fingerprint}. When they let you in, they may ask you to read it out.</source>
        <translation>Sidik jari Anda {fingerprint}. Saat mengizinkan Anda masuk, mereka mungkin meminta Anda membacakannya.</translation>
    </message>
    <message>
        <source>{name} asks to join with fingerprint {fingerprint}. Does {name} see the same fingerprint? [y/N] </source>
        <translation>{name} minta bergabung dengan sidik jari {fingerprint}. Apakah {name} melihat sidik jari yang sama? [y/T] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>error: compare the fingerprint first: give the one they read out with --fingerprint, or --yes if the code came straight from them; nothing was changed</source>
        <translation>galat: bandingkan sidik jarinya dulu: berikan sidik jari yang mereka bacakan dengan --fingerprint, atau --yes jika kode itu langsung dari mereka; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{name} can now open the archive with their own passphrase.</source>
        <translation>{name} kini dapat membuka arsip dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>error: several members are called {name}; use one of these ids:</source>
        <translation>galat: beberapa anggota bernama {name}; gunakan salah satu id ini:</translation>
    </message>
    <message>
        <source>{name} is a member again (not an organiser).</source>
        <translation>{name} kembali menjadi anggota (bukan pengelola).</translation>
    </message>
    <message>
        <source>{name} is not an organiser; nothing was changed.</source>
        <translation>{name} bukan pengelola; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} is now an organiser: they can let members in and remove them, so one lost passphrase does not lock the family out.</source>
        <translation>{name} kini menjadi pengelola: ia dapat mengizinkan anggota masuk dan mengeluarkan mereka, jadi satu kata sandi yang hilang tidak membuat keluarga terkunci.</translation>
    </message>
    <message>
        <source>{name} is already an organiser.</source>
        <translation>{name} sudah menjadi pengelola.</translation>
    </message>
    <message>
        <source>{name} marked {title} as a scam {when}</source>
        <translation>{name} menandai {title} sebagai penipuan {when}</translation>
    </message>
    <message>
        <source>{name} added the order {title} {when}</source>
        <translation>{name} menambahkan pesanan {title} {when}</translation>
    </message>
    <message>
        <source>{name} wrote on {title} {when}: {text}</source>
        <translation>{name} menulis di {title} {when}: {text}</translation>
    </message>
    <message>
        <source>{name} saved a check report for {title} {when}</source>
        <translation>{name} menyimpan laporan pemeriksaan untuk {title} {when}</translation>
    </message>
    <message>
        <source>{name} saved a cost breakdown for {title} {when}</source>
        <translation>{name} menyimpan rincian biaya untuk {title} {when}</translation>
    </message>
    <message>
        <source>Nothing new from the family since your last visit.</source>
        <translation>Tidak ada kabar baru dari keluarga sejak kunjungan terakhir Anda.</translation>
    </message>
    <message>
        <source>its signature does not match {name}&apos;s key, so someone else wrote it in their name</source>
        <extracomment>Why a record was refused, as :attr:`desktop.archive.Untrusted.why` says.</extracomment>
        <translation>tanda tangannya tidak cocok dengan kunci {name}, jadi orang lain yang menulisnya atas namanya</translation>
    </message>
    <message>
        <source>it is signed by someone who is not a member of this archive</source>
        <translation>ditandatangani oleh seseorang yang bukan anggota arsip ini</translation>
    </message>
    <message>
        <source>{name} had already been removed when it was written</source>
        <translation>{name} sudah dikeluarkan saat perubahan itu ditulis</translation>
    </message>
    <message>
        <source>it is not signed, and this archive requires signatures</source>
        <translation>tidak ditandatangani, padahal arsip ini mewajibkan tanda tangan</translation>
    </message>
    <message>
        <source>an unknown member ({member})</source>
        <translation>anggota tak dikenal ({member})</translation>
    </message>
    <message>
        <source>an unknown member</source>
        <translation>anggota tak dikenal</translation>
    </message>
    <message>
        <source>    added by {name}, {when}</source>
        <translation>    ditambahkan oleh {name}, {when}</translation>
    </message>
    <message>
        <source>; last changed by {name}, {when}</source>
        <translation>; terakhir diubah oleh {name}, {when}</translation>
    </message>
    <message>
        <source>    note ({date}, {name}): {text}</source>
        <translation>    catatan ({date}, {name}): {text}</translation>
    </message>
    <message>
        <source>    UNTRUSTED: a change claiming to be from {name} ({when}) was refused: {why}. It is not part of the order shown above.</source>
        <translation>    TIDAK TEPERCAYA: perubahan yang mengaku dari {name} ({when}) ditolak: {why}. Perubahan itu bukan bagian dari pesanan di atas.</translation>
    </message>
    <message>
        <source>      it said: {words}</source>
        <translation>      isinya: {words}</translation>
    </message>
    <message>
        <source>      it tried to delete it</source>
        <translation>      perubahan itu mencoba menghapusnya</translation>
    </message>
</context>
<context>
    <name>ArchiveConflicts</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Penjual</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Laporan pemeriksaan</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Rincian biaya</translation>
    </message>
    <message>
        <source>Kept (not deleted)</source>
        <translation>Tetap ada (tidak dihapus)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>a member ({id})</source>
        <translation>seorang anggota ({id})</translation>
    </message>
    <message>
        <source>Written by {who} on {when}</source>
        <translation>Ditulis oleh {who} pada {when}</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Yang tampil sekarang</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Pakai versi ini</translation>
    </message>
    <message>
        <source>Keep the version by {who}</source>
        <translation>Pakai versi dari {who}</translation>
    </message>
    <message>
        <source>Edits made on two computers at once</source>
        <translation>Perubahan di dua komputer sekaligus</translation>
    </message>
    <message>
        <source>These fields were changed on two computers before they synced. ShopSafe shows one version for now and keeps the other. Choose the right one, or type it; everyone in the family sees your choice.</source>
        <translation>Isian ini diubah di dua komputer sebelum sempat tersinkron. Untuk sementara ShopSafe menampilkan satu versi dan menyimpan versi lainnya. Pilih yang benar, atau ketik sendiri; semua anggota keluarga akan melihat pilihan Anda.</translation>
    </message>
    <message>
        <source>Edits to review</source>
        <translation>Perubahan yang perlu diperiksa</translation>
    </message>
    <message>
        <source>Or type the right value:</source>
        <translation>Atau ketik isian yang benar:</translation>
    </message>
    <message>
        <source>Save this value</source>
        <translation>Simpan isian ini</translation>
    </message>
    <message>
        <source>Nothing to review: every edit has been settled.</source>
        <translation>Tidak ada yang perlu diperiksa: semua perubahan sudah beres.</translation>
    </message>
    <message>
        <source>{item} — {field}</source>
        <translation>{item} — {field}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Isian: {field}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved. Everyone in the family will see this version.</source>
        <translation>Tersimpan. Semua anggota keluarga akan melihat versi ini.</translation>
    </message>
</context>
<context>
    <name>ArchiveCreate</name>
    <message>
        <source>Create your archive</source>
        <translation>Buat arsip Anda</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Folder arsip</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>To share it with your family, choose a folder inside a synced folder (Syncthing, Nextcloud, Dropbox, OneDrive).</source>
        <translation>Untuk berbagi dengan keluarga, pilih folder di dalam folder yang disinkronkan (Syncthing, Nextcloud, Dropbox, OneDrive).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway</source>
        <translation>Tetap pakai kata sandi lemah ini</translation>
    </message>
    <message>
        <source>ShopSafe cannot reset your passphrase. Without the passphrase and the recovery key, nothing in the archive can be recovered.</source>
        <translation>ShopSafe tidak bisa mengatur ulang kata sandi Anda. Tanpa kata sandi dan kunci pemulihan, isi arsip sama sekali tidak bisa dipulihkan.</translation>
    </message>
    <message>
        <source>Create archive</source>
        <translation>Buat arsip</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation>Pilih folder untuk arsip</translation>
    </message>
    <message>
        <source>Strength: {words}</source>
        <translation>Kekuatan: {words}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <source>This key opens your archive if you forget the passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Kunci ini membuka arsip Anda jika Anda lupa kata sandi. Kunci ini hanya ditampilkan sekarang. Cetak atau tulis, lalu simpan di tempat aman, jauh dari komputer ini.</translation>
    </message>
    <message>
        <source>Without your passphrase and this recovery key, nothing in the archive can be recovered — not by ShopSafe, not by anyone.</source>
        <translation>Tanpa kata sandi dan kunci pemulihan ini, isi arsip tidak bisa dipulihkan — tidak oleh ShopSafe, tidak oleh siapa pun.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Sudah saya simpan dengan aman</translation>
    </message>
    <message>
        <source>ShopSafe archive recovery key</source>
        <translation>Kunci pemulihan arsip ShopSafe</translation>
    </message>
    <message>
        <source>Printing is not available here; save the key instead.</source>
        <translation>Pencetakan tidak tersedia di sini; simpan kuncinya saja.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Simpan kunci pemulihan</translation>
    </message>
</context>
<context>
    <name>ArchiveDetail</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Thumbnails made per order shown; past that, files show a generic icon. The locale amounts are written in (&quot;id_ID&quot;); the page sets it from Settings.</extracomment>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>e.g. Rp 250.000</source>
        <translation>misalnya Rp 250.000</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>label, dipisahkan koma</translation>
    </message>
    <message>
        <source>Add a note and press Enter</source>
        <translation>Tulis catatan lalu tekan Enter</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>Laporan tersimpan</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Pesanan:</translation>
    </message>
    <message>
        <source>S&amp;eller:</source>
        <translation>Penj&amp;ual:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Tautan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <source>Files (double-click or Enter to view)</source>
        <translation>Berkas (klik dua kali atau Enter untuk melihat)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Saved check reports and cost breakdowns</source>
        <translation>Laporan pemeriksaan dan rincian biaya yang tersimpan</translation>
    </message>
    <message>
        <source>This order was edited on two computers at once; check its fields.</source>
        <translation>Pesanan ini diubah di dua komputer sekaligus; periksa isiannya.</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Laporan pemeriksaan</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Rincian biaya</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Checked {when}</source>
        <translation>Diperiksa {when}</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Dikonversi</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Tidak diperiksa:</translation>
    </message>
    <message>
        <source>Saved by {name}</source>
        <translation>Disimpan oleh {name}</translation>
    </message>
    <message>
        <source>Self-check answers:</source>
        <translation>Jawaban cek mandiri:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Verdict with your answers:</source>
        <translation>Penilaian dengan jawaban Anda:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Penilaian:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Alasannya:</translation>
    </message>
    <message>
        <source>saved {when}</source>
        <translation>disimpan {when}</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>Tidak benar</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Belum tahu</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <source>This image is damaged or not an image ShopSafe can read.</source>
        <extracomment>Largest decoded image accepted, in MiB (a 12,000 × 12,000 photo is about 550 MiB).</extracomment>
        <translation>Gambar ini rusak atau bukan gambar yang bisa dibaca ShopSafe.</translation>
    </message>
    <message>
        <source>This image is too large to open safely ({width} × {height} pixels).</source>
        <translation>Gambar ini terlalu besar untuk dibuka dengan aman ({width} × {height} piksel).</translation>
    </message>
    <message>
        <source>It could not be read ({reason}).</source>
        <translation>Berkas tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <source>ShopSafe may not read it</source>
        <translation>ShopSafe tidak diizinkan membacanya</translation>
    </message>
    <message>
        <source>it is no longer there</source>
        <translation>berkas itu sudah tidak ada</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu sebuah folder</translation>
    </message>
    <message>
        <source>the details are in the log file</source>
        <translation>rinciannya ada di berkas log</translation>
    </message>
</context>
<context>
    <name>ArchiveInbox</name>
    <message>
        <source>It changed while it was being imported; it will be tried again.</source>
        <extracomment>A file is imported once it looked the same on two scans this far apart. The slow poll beside the watcher (network and FUSE folders send no change events). Larger files stay in the inbox (they are read whole into memory to be verified).</extracomment>
        <translation>Berkas berubah saat sedang diimpor; nanti akan dicoba lagi.</translation>
    </message>
    <message>
        <source>It could not be read ({reason}).</source>
        <translation>Berkas tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <source>It is too large for the inbox; add it with “Add files…”.</source>
        <translation>Berkas terlalu besar untuk kotak masuk; tambahkan dengan “Tambah berkas…”.</translation>
    </message>
    <message>
        <source>The archive could not store it: {reason}</source>
        <translation>Arsip tidak bisa menyimpannya: {reason}</translation>
    </message>
    <message>
        <source>Its copy in the archive could not be verified.</source>
        <translation>Salinannya di arsip tidak bisa diverifikasi.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} is not there; choose it again in Settings.</source>
        <translation>Folder kotak masuk {folder} tidak ada; pilih lagi di Pengaturan.</translation>
    </message>
    <message>
        <source>The inbox folder could not be read ({reason}).</source>
        <translation>Folder kotak masuk tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <source>Left in the inbox: {files}</source>
        <translation>Tetap di kotak masuk: {files}</translation>
    </message>
    <message>
        <source>Nothing was imported from the inbox: {reason}</source>
        <translation>Tidak ada yang diimpor dari kotak masuk: {reason}</translation>
    </message>
    <message>
        <source>Inbox: {folder} — files there are not encrypted until ShopSafe imports them (while the archive is unlocked).</source>
        <translation>Kotak masuk: {folder} — berkas di sana belum terenkripsi sampai ShopSafe mengimpornya (selama arsip terbuka).</translation>
    </message>
    <message>
        <source>The inbox folder cannot be the archive&apos;s folder or a folder inside it; choose another one in Settings.</source>
        <translation>Folder kotak masuk tidak boleh sama dengan folder arsip atau berada di dalamnya; pilih folder lain di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>ArchiveKind</name>
    <message>
        <source>Receipt</source>
        <extracomment>What an attachment is, guessed from its name and type when added.</extracomment>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Tangkapan layar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Page snapshot</source>
        <translation>Salinan halaman</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
</context>
<context>
    <name>ArchiveMembers</name>
    <message>
        <source>Founder</source>
        <translation>Pendiri</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Pengelola</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Asked to join</source>
        <translation>Minta bergabung</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>{name} will no longer be able to open the archive or read anything added from now on. They keep what they already had: whatever they saw or copied before cannot be taken back.</source>
        <translation>{name} tidak akan bisa lagi membuka arsip atau membaca apa pun yang ditambahkan mulai sekarang. Apa yang sudah dimiliki tetap ada padanya: apa yang sudah ia lihat atau salin sebelumnya tidak bisa ditarik kembali.</translation>
    </message>
</context>
<context>
    <name>ArchiveNews</name>
    <message>
        <source>{name} marked {title} as a scam {when}</source>
        <translation>{name} menandai {title} sebagai penipuan {when}</translation>
    </message>
    <message>
        <source>{name} added the order {title} {when}</source>
        <translation>{name} menambahkan pesanan {title} {when}</translation>
    </message>
    <message>
        <source>{name} wrote on {title} {when}: {text}</source>
        <translation>{name} menulis di {title} {when}: {text}</translation>
    </message>
    <message>
        <source>{name} saved a check report for {title} {when}</source>
        <translation>{name} menyimpan laporan pemeriksaan untuk {title} {when}</translation>
    </message>
    <message>
        <source>{name} saved a cost breakdown for {title} {when}</source>
        <translation>{name} menyimpan rincian biaya untuk {title} {when}</translation>
    </message>
    <message>
        <source>its signature is not {name}&apos;s: someone else wrote it in their name</source>
        <translation>tanda tangannya bukan milik {name}: orang lain menulisnya atas namanya</translation>
    </message>
    <message>
        <source>it is signed by someone who is not a member</source>
        <translation>ditandatangani oleh orang yang bukan anggota</translation>
    </message>
    <message>
        <source>{name} had already been removed when it was written</source>
        <translation>{name} sudah dikeluarkan saat perubahan itu ditulis</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>tidak ditandatangani</translation>
    </message>
    <message>
        <source>someone not in the family</source>
        <translation>seseorang di luar keluarga</translation>
    </message>
    <message>
        <source>an unknown member</source>
        <translation>anggota tak dikenal</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>seorang anggota keluarga</translation>
    </message>
    <message>
        <source>Added by {name} {when}</source>
        <translation>Ditambahkan oleh {name} {when}</translation>
    </message>
    <message>
        <source>last changed by {name} {when}</source>
        <translation>terakhir diubah oleh {name} {when}</translation>
    </message>
    <message>
        <source>Untrusted change, not applied: it claims to be from {name} ({when}), but {why}.</source>
        <translation>Perubahan tidak tepercaya, tidak diterapkan: mengaku dari {name} ({when}), tetapi {why}.</translation>
    </message>
    <message>
        <source>It said: “{words}”</source>
        <translation>Isinya: “{words}”</translation>
    </message>
    <message>
        <source>It tried to delete this order.</source>
        <translation>Perubahan itu mencoba menghapus pesanan ini.</translation>
    </message>
    <message>
        <source>…and %n more</source>
        <translation>…dan %n lainnya</translation>
    </message>
    <message>
        <source>%n change(s) were refused because no member allowed to write them signed them; the orders they concern say so.</source>
        <translation>%n perubahan ditolak karena tidak ditandatangani anggota yang berhak menulisnya; pesanan yang terkait menunjukkannya.</translation>
    </message>
</context>
<context>
    <name>ArchiveOrders</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Penjual</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjau</translation>
    </message>
    <message>
        <source>Edited on two computers at once: open the order to review</source>
        <translation>Diubah di dua komputer sekaligus: buka pesanan untuk meninjau</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Perlu ditinjau</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Keep the evidence of every purchase</source>
        <translation>Simpan bukti setiap pembelian</translation>
    </message>
    <message>
        <source>Receipts, chat screenshots, e-mails and shop pages are kept encrypted with your passphrase, on this computer or in a folder your family syncs. Nothing leaves your computer.</source>
        <translation>Struk, tangkapan layar obrolan, email, dan halaman toko disimpan terenkripsi dengan kata sandi Anda, di komputer ini atau di folder yang disinkronkan keluarga. Tidak ada yang dikirim keluar dari komputer Anda.</translation>
    </message>
    <message>
        <source>Create an archive…</source>
        <translation>Buat arsip…</translation>
    </message>
    <message>
        <source>Open an existing archive…</source>
        <translation>Buka arsip yang sudah ada…</translation>
    </message>
    <message>
        <source>The archive is locked</source>
        <translation>Arsip terkunci</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>I forgot it: unlock with my recovery key</source>
        <translation>Saya lupa: buka dengan kunci pemulihan</translation>
    </message>
    <message>
        <source>Use another archive…</source>
        <translation>Pakai arsip lain…</translation>
    </message>
    <message>
        <source>Search orders, sellers, files, notes…</source>
        <extracomment>A seller to show on the Sellers page (a scam mark in the news); the window routes it.</extracomment>
        <translation>Cari pesanan, penjual, berkas, catatan…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Saring status</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Saring label</translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation>Saring penjual</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>dari TTTT-BB-HH</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>sampai TTTT-BB-HH</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Lock the archive now</source>
        <translation>Kunci arsip sekarang</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Creating the archive…</source>
        <translation>Membuat arsip…</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Pilih folder arsip</translation>
    </message>
    <message>
        <source>There is no ShopSafe archive in this folder.</source>
        <translation>Tidak ada arsip ShopSafe di folder ini.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Membuka kunci…</translation>
    </message>
    <message>
        <source>That recovery key is wrong. Check it and try again.</source>
        <translation>Kunci pemulihan itu salah. Periksa lalu coba lagi.</translation>
    </message>
    <message>
        <source>That passphrase is wrong. Try again.</source>
        <translation>Kata sandi itu salah. Coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged file(s) were skipped; run a check from the command line for details.</source>
        <translation>
            <numerusform>%n berkas rusak dilewati; jalankan pemeriksaan dari baris perintah untuk rinciannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <source>Any seller</source>
        <translation>Semua penjual</translation>
    </message>
    <message>
        <source>New order {date}</source>
        <translation>Pesanan baru {date}</translation>
    </message>
    <message>
        <source>Add files to the archive</source>
        <translation>Tambahkan berkas ke arsip</translation>
    </message>
    <message>
        <source>Adding files…</source>
        <translation>Menambahkan berkas…</translation>
    </message>
    <message>
        <source>Added {done} of {total}: {name}</source>
        <translation>{done} dari {total} ditambahkan: {name}</translation>
    </message>
    <message>
        <source>Not added: {files}</source>
        <translation>Tidak ditambahkan: {files}</translation>
    </message>
    <message>
        <source>Import cancelled; the files added so far are kept.</source>
        <translation>Impor dibatalkan; berkas yang sudah ditambahkan tetap disimpan.</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard to paste.</source>
        <translation>Tidak ada gambar di papan klip untuk ditempel.</translation>
    </message>
    <message>
        <source>Pasted the screenshot as {name}.</source>
        <translation>Tangkapan layar ditempel sebagai {name}.</translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Ekspor salinan yang didekripsi</translation>
    </message>
    <message>
        <source>Exported a decrypted copy to {path}.</source>
        <translation>Salinan yang didekripsi diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Complaint pack…</source>
        <translation>Paket pengaduan…</translation>
    </message>
    <message>
        <source>A PDF and the original files of the selected order, with where to report it</source>
        <translation>PDF dan berkas asli pesanan yang dipilih, beserta tempat melaporkannya</translation>
    </message>
    <message>
        <source>Where should the complaint pack be made?</source>
        <translation>Di mana paket pengaduan dibuat?</translation>
    </message>
    <message>
        <source>Making the complaint pack…</source>
        <translation>Membuat paket pengaduan…</translation>
    </message>
    <message>
        <source>Complaint pack made: {path}. The original files are beside it, not encrypted.</source>
        <translation>Paket pengaduan dibuat: {path}. Berkas aslinya ada di sebelahnya, tidak terenkripsi.</translation>
    </message>
    <message>
        <source>This file is too large to show here. Use “Export a copy…” to open it with another program.</source>
        <translation>Berkas ini terlalu besar untuk ditampilkan di sini. Gunakan “Ekspor salinan…” untuk membukanya dengan program lain.</translation>
    </message>
    <message>
        <source>The picture on the clipboard could not be added: {reason}</source>
        <translation>Gambar di papan klip tidak bisa ditambahkan: {reason}</translation>
    </message>
    <message>
        <source>New in the family? Ask to join this archive…</source>
        <translation>Baru di keluarga ini? Minta bergabung ke arsip ini…</translation>
    </message>
    <message>
        <source>Family…</source>
        <translation>Keluarga…</translation>
    </message>
    <message>
        <source>Who is in the family, add or remove members</source>
        <translation>Siapa saja anggota keluarga, tambah atau keluarkan anggota</translation>
    </message>
</context>
<context>
    <name>ArchiveReading</name>
    <message>
        <source>Stop reading</source>
        <translation>Berhenti membaca</translation>
    </message>
    <message>
        <source>Files not read now are read the next time the archive is opened</source>
        <translation>Berkas yang belum dibaca akan dibaca saat arsip dibuka lagi</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>Reading {done} of {total}: {file}</source>
        <translation>Membaca {done} dari {total}: {file}</translation>
    </message>
    <message>
        <source>Pictures not read: {count}. The text recogniser (Tesseract) is not installed.</source>
        <translation>Gambar yang tidak terbaca: {count}. Pengenal teks (Tesseract) belum terpasang.</translation>
    </message>
    <message>
        <source>Files not read this time: {count}. They are tried again the next time the archive is opened.</source>
        <translation>Berkas yang tidak terbaca kali ini: {count}. Akan dicoba lagi saat arsip dibuka berikutnya.</translation>
    </message>
    <message>
        <source>The total “{total}” cannot be read as an amount.</source>
        <translation>Total “{total}” tidak bisa dibaca sebagai jumlah uang.</translation>
    </message>
</context>
<context>
    <name>ArchiveReview</name>
    <message>
        <source>The receipt&apos;s total is {read}, the order says {order}.</source>
        <translation>Total di struk {read}, di pesanan tertulis {order}.</translation>
    </message>
    <message>
        <source>The receipt is dated {read}, the order {order}.</source>
        <translation>Struk bertanggal {read}, pesanan {order}.</translation>
    </message>
    <message>
        <source>The receipt names the seller “{read}”, the order “{order}”.</source>
        <translation>Struk menyebut penjual “{read}”, pesanan “{order}”.</translation>
    </message>
    <message>
        <source>Order / file</source>
        <translation>Pesanan / berkas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Orders that need review</source>
        <translation>Pesanan yang perlu ditinjau</translation>
    </message>
    <message>
        <source>Needs review: {count} — orders whose files disagree with them or need a closer look</source>
        <translation>Perlu ditinjau: {count} — pesanan yang berkasnya tidak cocok atau perlu dilihat lebih teliti</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Read from the files</source>
        <translation>Terbaca dari berkas</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>Pakai data ini</translation>
    </message>
    <message>
        <source>Fill the order&apos;s date, total and seller with what was read. Fields marked “check this” are never filled.</source>
        <translation>Isi tanggal, total, dan penjual pesanan dengan yang terbaca. Kolom bertanda “periksa ini” tidak pernah diisi.</translation>
    </message>
    <message>
        <source>Compare the cost</source>
        <translation>Bandingkan biaya</translation>
    </message>
    <message>
        <source>Start an offer on the Total cost page with the total read from the receipt</source>
        <translation>Buat penawaran di halaman Total biaya dengan total yang terbaca dari struk</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Penjual</translation>
    </message>
    <message>
        <source>{field}: {value}  (from {file}: “{line}”)</source>
        <translation>{field}: {value}  (dari {file}: “{line}”)</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>no. ref</translation>
    </message>
    <message>
        <source>to account</source>
        <translation>ke rekening</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kepada</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>{file} (transfer proof): {parts}</source>
        <translation>{file} (bukti transfer): {parts}</translation>
    </message>
    <message>
        <source>The account the money went to is in the seller book as “{name}”&apos;s, marked as a scam by {by}.</source>
        <translation>Rekening tujuan uang ini ada di buku penjual sebagai milik “{name}”, yang ditandai penipu oleh {by}.</translation>
    </message>
</context>
<context>
    <name>ArchiveStatus</name>
    <message>
        <source>Open</source>
        <extracomment>Order statuses, in the order a purchase goes through them, with their labels.</extracomment>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dikembalikan dananya</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <source>Fields changed on two computers at once, waiting for you to choose the right version</source>
        <translation>Isian yang diubah di dua komputer sekaligus, menunggu Anda memilih versi yang benar</translation>
    </message>
</context>
<context>
    <name>ArchiveViewer</name>
    <message>
        <source>Export a copy…</source>
        <translation>Ekspor salinan…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of this file outside the archive</source>
        <translation>Simpan salinan berkas ini yang sudah didekripsi di luar arsip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sesuaikan</translation>
    </message>
    <message>
        <source>This image could not be shown.</source>
        <translation>Gambar ini tidak bisa ditampilkan.</translation>
    </message>
    <message>
        <source>Attachments: {names}</source>
        <translation>Lampiran: {names}</translation>
    </message>
    <message>
        <source>ShopSafe cannot show this kind of file. Use “Export a copy…” to open it with another program.</source>
        <translation>ShopSafe tidak bisa menampilkan jenis berkas ini. Pakai “Ekspor salinan…” untuk membukanya dengan program lain.</translation>
    </message>
    <message>
        <source>PDF viewing is not installed; use “Export a copy…”.</source>
        <translation>Penampil PDF tidak terpasang; pakai “Ekspor salinan…”.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown.</source>
        <translation>PDF ini rusak dan tidak bisa ditampilkan.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (it asks gettext, which has no catalogue for them): the usage line, headings and the errors a person meets. Others stay English.</extracomment>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>diperlukan satu argumen</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: galat: %(message)s
</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total in {currency}</source>
        <translation>Total dalam {currency}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Check a seller card</source>
        <translation>Periksa kartu penjual</translation>
    </message>
    <message>
        <source>Paste the card someone sent you (it starts with “shopsafe-card:”), or open the card file.</source>
        <translation>Tempelkan kartu yang dikirim kepada Anda (diawali “shopsafe-card:”), atau buka berkas kartunya.</translation>
    </message>
    <message>
        <source>&amp;Open a card file…</source>
        <translation>&amp;Buka berkas kartu…</translation>
    </message>
    <message>
        <source>&amp;Check the card</source>
        <translation>&amp;Periksa kartu</translation>
    </message>
    <message>
        <source>&amp;Add to our seller book</source>
        <translation>&amp;Tambahkan ke buku penjual kami</translation>
    </message>
    <message>
        <source>Open a seller card</source>
        <translation>Buka kartu penjual</translation>
    </message>
    <message>
        <source>Seller cards (*.shopsafe-card);;All files (*)</source>
        <translation>Kartu penjual (*.shopsafe-card);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>{verdict} — {member}, {date}: {reason}</source>
        <translation>{verdict} — {member}, {date}: {reason}</translation>
    </message>
    <message>
        <source>Signed by {name} (fingerprint {fingerprint}).</source>
        <translation>Ditandatangani oleh {name} (sidik jari {fingerprint}).</translation>
    </message>
    <message>
        <source>Warning: the card claims to come from a member of your family, but it was signed with another key. Do not trust it.</source>
        <translation>Awas: kartu ini mengaku dari anggota keluarga Anda, tetapi ditandatangani dengan kunci lain. Jangan percayai.</translation>
    </message>
    <message>
        <source>The signer is a member of your family.</source>
        <translation>Penandatangan adalah anggota keluarga Anda.</translation>
    </message>
    <message>
        <source>The signer is not a member of your family: compare the fingerprint with them by phone before you rely on it.</source>
        <translation>Penandatangan bukan anggota keluarga Anda: cocokkan sidik jarinya dengan orang itu lewat telepon sebelum Anda mempercayainya.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Family seller book</source>
        <translation>Buku penjual keluarga</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Koneksi aman</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Shop policies</source>
        <translation>Kebijakan toko</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputasi</translation>
    </message>
    <message>
        <source>Your own checks</source>
        <translation>Pemeriksaan mandiri</translation>
    </message>
    <message>
        <source>The seller&apos;s message</source>
        <translation>Pesan dari penjual</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>LOOKS OK</source>
        <translation>TAMPAK AMAN</translation>
    </message>
    <message>
        <source>BE CAREFUL</source>
        <translation>HATI-HATI</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>RISIKO TINGGI</translation>
    </message>
    <message>
        <source>NOT ENOUGH INFORMATION</source>
        <translation>INFORMASI BELUM CUKUP</translation>
    </message>
    <message>
        <source>web shop</source>
        <translation>toko online</translation>
    </message>
    <message>
        <source>marketplace listing</source>
        <translation>produk di marketplace</translation>
    </message>
    <message>
        <source>social-media seller</source>
        <translation>penjual di media sosial</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>rekening bank</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>tidak dikenali</translation>
    </message>
    <message>
        <source>What it is: {kind}</source>
        <translation>Jenis: {kind}</translation>
    </message>
    <message>
        <source>Domain: {domain}</source>
        <translation>Domain: {domain}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telepon: {phone}</translation>
    </message>
    <message>
        <source>Bank account: {account}</source>
        <translation>Rekening: {account}</translation>
    </message>
    <message>
        <source>Seller: {handle}</source>
        <translation>Penjual: {handle}</translation>
    </message>
    <message>
        <source>Verdict: {level}</source>
        <translation>Penilaian: {level}</translation>
    </message>
    <message>
        <source>Because of:</source>
        <translation>Penyebab:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Temuan:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Tidak diperiksa:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Yang perlu dilakukan: {advice}</translation>
    </message>
    <message>
        <source>Nothing to check: give a link, a phone number or an account, or - to read them from standard input.</source>
        <translation>Tidak ada yang bisa diperiksa: berikan tautan, nomor telepon, atau rekening, atau - untuk membacanya dari input standar.</translation>
    </message>
    <message>
        <source>it is far larger than a message or a screenshot</source>
        <translation>ukurannya jauh lebih besar daripada pesan atau tangkapan layar</translation>
    </message>
    <message>
        <source>The check could not be completed</source>
        <translation>Pemeriksaan tidak dapat diselesaikan</translation>
    </message>
    <message>
        <source>Something unexpected stopped this check; the details are in ShopSafe&apos;s log. Nothing here means the seller is safe.</source>
        <translation>Sesuatu yang tidak terduga menghentikan pemeriksaan ini; rinciannya ada di log ShopSafe. Tidak ada apa pun di sini yang berarti penjual aman.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} tidak bisa dibaca: {reason}</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>file itu tidak ada</translation>
    </message>
    <message>
        <source>you are not allowed to open it</source>
        <translation>Anda tidak punya izin untuk membukanya</translation>
    </message>
    <message>
        <source>it is a folder or cannot be opened</source>
        <translation>itu sebuah folder atau tidak bisa dibuka</translation>
    </message>
    <message>
        <source>Found in the text:</source>
        <translation>Ditemukan di teks:</translation>
    </message>
    <message>
        <source>link</source>
        <translation>tautan</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>dompet digital</translation>
    </message>
    <message>
        <source>CLABE</source>
        <translation>CLABE</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>CBU/CVU</source>
        <translation>CBU/CVU</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>nomor pajak</translation>
    </message>
    <message>
        <source>in the name of {holder}</source>
        <translation>atas nama {holder}</translation>
    </message>
    <message>
        <source>check digit wrong</source>
        <translation>angka pemeriksa salah</translation>
    </message>
    <message>
        <source>read from the picture</source>
        <translation>dibaca dari gambar</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} bukan teks UTF-8</translation>
    </message>
    <message>
        <source>error: the seller book could not be opened: {message}</source>
        <translation>kesalahan: buku penjual tidak dapat dibuka: {message}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>What was checked</source>
        <translation>Yang diperiksa</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Yang perlu dilakukan:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Yang terlihat:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Select a finding to read what it means and what to do.</source>
        <translation>Pilih salah satu temuan untuk membaca artinya dan apa yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Pemeriksaan dibatalkan</translation>
    </message>
    <message>
        <source>The findings so far are listed below, but they are not a verdict.</source>
        <translation>Temuan sejauh ini ada di bawah, tetapi itu belum menjadi penilaian.</translation>
    </message>
    <message>
        <source>There is nothing to check in this text</source>
        <translation>Tidak ada yang bisa diperiksa dari teks ini</translation>
    </message>
    <message>
        <source>Checked on {when}</source>
        <translation>Diperiksa pada {when}</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>Run a new check now. This report stays in Recent checks.</source>
        <translation>Jalankan pemeriksaan baru sekarang. Laporan ini tetap ada di Pemeriksaan terakhir.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. Details are in the log file.</source>
        <translation>Terjadi kesalahan tak terduga sehingga pemeriksaan berhenti. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>The check could not finish</source>
        <translation>Pemeriksaan tidak bisa diselesaikan</translation>
    </message>
    <message>
        <source>Do the self-check below: your answers complete the verdict.</source>
        <translation>Lakukan pemeriksaan mandiri di bawah: jawaban Anda melengkapi penilaian.</translation>
    </message>
    <message>
        <source>You seem to be offline: only the link itself was checked. Press “Check again” when you are connected.</source>
        <translation>Sepertinya Anda sedang offline: hanya tautannya saja yang diperiksa. Tekan “Periksa lagi” setelah tersambung ke internet.</translation>
    </message>
    <message>
        <source>Summary copied. Paste it into your family chat.</source>
        <translation>Ringkasan disalin. Tempelkan di grup chat keluarga.</translation>
    </message>
    <message>
        <source>ShopSafe report: {subject}</source>
        <translation>Laporan ShopSafe: {subject}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>The report could not be saved:
{error}</source>
        <translation>Laporan tidak bisa disimpan:
{error}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Laporan disimpan di {path}</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Halaman web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>Salin &amp;ringkasan</translation>
    </message>
    <message>
        <source>Copies a short summary to paste into a family chat.</source>
        <translation>Menyalin ringkasan singkat untuk ditempel di grup chat keluarga.</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Ekspor &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Ekspor P&amp;DF…</translation>
    </message>
    <message>
        <source>Save to archive</source>
        <translation>Simpan ke arsip</translation>
    </message>
    <message>
        <source>&amp;Paste a shop link, a seller&apos;s profile, a phone number or a chat message:</source>
        <translation>&amp;Tempel tautan toko, profil penjual, nomor telepon, atau pesan chat:</translation>
    </message>
    <message>
        <source>e.g. https://toko-contoh.id/produk/tas — press Enter to check (Ctrl+L comes back here)</source>
        <translation>misalnya https://toko-contoh.id/produk/tas — tekan Enter untuk memeriksa (Ctrl+L kembali ke sini)</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Teks yang diperiksa</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation>Hentikan pemeriksaan (Esc)</translation>
    </message>
    <message>
        <source>Check it yourself too</source>
        <translation>Periksa sendiri juga</translation>
    </message>
    <message>
        <source>Your recent checks will be listed here.</source>
        <translation>Riwayat pemeriksaan Anda akan muncul di sini.</translation>
    </message>
    <message>
        <source>Recent checks are not kept. You can switch this on in Settings.</source>
        <translation>Riwayat pemeriksaan tidak disimpan. Anda bisa menyalakannya di Pengaturan.</translation>
    </message>
    <message>
        <source>&amp;Recent checks</source>
        <translation>&amp;Riwayat pemeriksaan</translation>
    </message>
    <message>
        <source>True</source>
        <extracomment>Words that find scam reports in Indonesian, Spanish and English. Countries whose buyers search in Spanish first (ShopSafe&apos;s Spanish-speaking countries).</extracomment>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>Tidak benar</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Belum tahu</translation>
    </message>
    <message>
        <source>Check it yourself</source>
        <translation>Periksa sendiri</translation>
    </message>
    <message>
        <source>Automatic checks cannot see everything, especially sellers on social media and marketplaces. Answer what you can; your answers change the verdict and are kept in the report.</source>
        <translation>Pemeriksaan otomatis tidak bisa melihat semuanya, apalagi penjual di media sosial dan marketplace. Jawab yang Anda bisa; jawaban Anda mengubah penilaian dan ikut disimpan di laporan.</translation>
    </message>
    <message>
        <source>Seller&apos;s &amp;name:</source>
        <translation>&amp;Nama penjual:</translation>
    </message>
    <message>
        <source>Name, shop name, handle or phone number</source>
        <translation>Nama, nama toko, akun, atau nomor telepon</translation>
    </message>
    <message>
        <source>Search “{word}”</source>
        <translation>Cari “{word}”</translation>
    </message>
    <message>
        <source>Opens your web browser with a search for the seller&apos;s name and “{word}”.</source>
        <translation>Membuka browser dengan pencarian nama penjual dan kata “{word}”.</translation>
    </message>
    <message>
        <source>Check the account on cekrekening.id</source>
        <translation>Periksa rekening di cekrekening.id</translation>
    </message>
    <message>
        <source>Opens cekrekening.id in your web browser.</source>
        <translation>Membuka cekrekening.id di browser Anda.</translation>
    </message>
    <message>
        <source>Paste a shop link to check it</source>
        <extracomment>The widget whose palette decides light or dark (the page: a style sheet stops palette propagation to the banner itself).</extracomment>
        <translation>Tempel tautan toko untuk memeriksanya</translation>
    </message>
    <message>
        <source>A web shop, a marketplace listing, an Instagram or Facebook seller, a WhatsApp number or a whole chat message with a link: paste it above and press Enter.</source>
        <translation>Toko online, produk di marketplace, penjual di Instagram atau Facebook, nomor WhatsApp, atau seluruh pesan chat yang berisi tautan: tempel di atas lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Checking {subject}…</source>
        <translation>Memeriksa {subject}…</translation>
    </message>
    <message>
        <source>{count} findings so far.</source>
        <translation>{count} temuan sejauh ini.</translation>
    </message>
    <message>
        <source>Warning signs so far:</source>
        <translation>Tanda bahaya sejauh ini:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Alasannya:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Tidak diperiksa:</translation>
    </message>
    <message>
        <source>Co&amp;mpare the cost</source>
        <translation>Bandingkan &amp;biaya</translation>
    </message>
    <message>
        <source>The page shows “{product}” for {price}.</source>
        <translation>Halaman ini menawarkan “{product}” seharga {price}.</translation>
    </message>
    <message>
        <source>The page shows the price {price}.</source>
        <translation>Harga yang tertera di halaman ini: {price}.</translation>
    </message>
    <message>
        <source>Opens the Total cost page with this shop and price, to add shipping, fees and vouchers. If the shop later asks for a different price, you will see it there.</source>
        <translation>Membuka halaman Total biaya dengan toko dan harga ini, supaya Anda bisa menambahkan ongkir, biaya lain, dan voucher. Kalau nanti toko meminta harga yang berbeda, Anda akan melihatnya di sana.</translation>
    </message>
    <message>
        <source>Check a product page first.</source>
        <translation>Periksa dulu halaman produknya.</translation>
    </message>
    <message>
        <source>No single product price was found on this page, so there is no price to compare. Check the product&apos;s own page, or type the price on the Total cost page.</source>
        <translation>Di halaman ini tidak ada satu harga produk yang jelas, jadi belum ada harga untuk dibandingkan. Periksa halaman produknya langsung, atau ketik harganya di halaman Total biaya.</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <extracomment>&quot;Save to archive&quot; found the archive locked and the user chose to go and unlock it. Extra CheckOptions fields (``resolve``, ``ca_bundle``) for tests and diagnostics.</extracomment>
        <translation>gambar yang ditempel</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Membaca gambar…</translation>
    </message>
    <message>
        <source>The text and QR codes are read on this computer; nothing is sent anywhere.</source>
        <translation>Teks dan kode QR dibaca di komputer ini; tidak ada yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <source>The encrypted archive is not available in this window.</source>
        <translation>Arsip terenkripsi tidak tersedia di jendela ini.</translation>
    </message>
    <message>
        <source>The archive is locked: unlock it on the Archive page first, then save here.</source>
        <translation>Arsip terkunci: buka kuncinya dulu di halaman Arsip, lalu simpan di sini.</translation>
    </message>
    <message>
        <source>Keeps this report, your self-check answers and the page as it looked in the seller&apos;s order in the encrypted archive.</source>
        <translation>Menyimpan laporan ini, jawaban pemeriksaan mandiri Anda, dan tampilan halaman saat diperiksa ke dalam pesanan penjual ini di arsip terenkripsi.</translation>
    </message>
    <message>
        <source>Saving to the archive…</source>
        <translation>Menyimpan ke arsip…</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it on the Archive page, then press “Save to archive” again.</source>
        <translation>Arsip terkunci. Buka kuncinya di halaman Arsip, lalu tekan “Simpan ke arsip” lagi.</translation>
    </message>
    <message>
        <source>Go to the &amp;Archive page</source>
        <translation>Buka halaman &amp;Arsip</translation>
    </message>
    <message>
        <source>Saved to the archive in a new order for {seller}.</source>
        <translation>Tersimpan di arsip sebagai pesanan baru untuk {seller}.</translation>
    </message>
    <message>
        <source>Saved to the archive in the order for {seller}.</source>
        <translation>Tersimpan di arsip dalam pesanan untuk {seller}.</translation>
    </message>
    <message>
        <source>The archive was locked before the report was saved. Unlock it and save again.</source>
        <translation>Arsip terkunci sebelum laporan tersimpan. Buka kuncinya dan simpan lagi.</translation>
    </message>
    <message>
        <source>The report could not be saved to the archive: {reason}</source>
        <translation>Laporan tidak dapat disimpan ke arsip: {reason}</translation>
    </message>
    <message>
        <source>Sa&amp;ve to archive</source>
        <translation>&amp;Simpan ke arsip</translation>
    </message>
</context>
<context>
    <name>ChooseOrderDialog</name>
    <message>
        <source>Save the breakdown to the archive</source>
        <translation>Simpan rincian biaya ke arsip</translation>
    </message>
    <message>
        <source>A new order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>&amp;Title of the new order:</source>
        <translation>&amp;Judul pesanan baru:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Pesanan:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ShopSafe is now in your application menu (under Office). Start it from there, or with this command: {command}</source>
        <translation>ShopSafe sekarang ada di menu aplikasi Anda (di bagian Office). Buka dari sana, atau dengan perintah ini: {command}</translation>
    </message>
    <message>
        <source>Menu entry: {entry}
Icon: {icon}</source>
        <translation>Entri menu: {entry}
Ikon: {icon}</translation>
    </message>
    <message>
        <source>The menu entry could not be written. {reason}</source>
        <translation>Entri menu tidak dapat ditulis. {reason}</translation>
    </message>
    <message>
        <source>No display found: the ShopSafe window needs a graphical desktop session.
From this terminal you can still check a link, a phone number or an account:
  shopsafe check https://toko-contoh.id/
and work out the real cost of an offer:
  shopsafe cost --help
shopsafe --help lists every command.</source>
        <translation>Layar tidak ditemukan: jendela ShopSafe memerlukan sesi desktop grafis.
Dari terminal ini Anda tetap bisa memeriksa tautan, nomor telepon, atau rekening:
  shopsafe check https://toko-contoh.id/
dan menghitung biaya sebenarnya dari sebuah penawaran:
  shopsafe cost --help
shopsafe --help menampilkan semua perintah.</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Report the bank account or e-wallet the money went to, and check whether others reported it.</source>
        <translation>Laporkan rekening bank atau dompet digital tujuan uang Anda, dan cek apakah orang lain sudah melaporkannya.</translation>
    </message>
    <message>
        <source>The account number and bank, the amount and date of the transfer, the transfer receipt and screenshots of the chat.</source>
        <translation>Nomor rekening dan banknya, jumlah dan tanggal transfer, bukti transfer, dan tangkapan layar chat.</translation>
    </message>
    <message>
        <source>Report the phone number the seller used for calls, SMS or WhatsApp.</source>
        <translation>Laporkan nomor telepon yang dipakai penjual untuk menelepon, SMS, atau WhatsApp.</translation>
    </message>
    <message>
        <source>Indonesia Anti-Scam Centre: report a transfer quickly so the banks can try to block the money.</source>
        <translation>Indonesia Anti-Scam Centre: laporkan transfer secepatnya agar bank dapat berusaha memblokir dananya.</translation>
    </message>
    <message>
        <source>Your identity card, your account and the receiving account, the transfer receipt and what happened, in order. Report as soon as possible.</source>
        <translation>KTP Anda, rekening Anda dan rekening penerima, bukti transfer, serta kronologi kejadian. Laporkan secepat mungkin.</translation>
    </message>
    <message>
        <source>The police&apos;s cyber crime unit (Bareskrim Polri); you can also report at a police station.</source>
        <translation>Unit kejahatan siber kepolisian (Bareskrim Polri); Anda juga dapat melapor ke kantor polisi.</translation>
    </message>
    <message>
        <source>Your identity, what happened in order, and all the evidence in this pack.</source>
        <translation>Identitas Anda, kronologi kejadian, dan semua bukti dalam paket ini.</translation>
    </message>
    <message>
        <source>Complaints against your bank or card issuer: unrecognised charges, transfers, refusals to reverse a charge.</source>
        <translation>Pengaduan terhadap bank atau penerbit kartu Anda: tagihan yang tidak dikenal, transfer, penolakan membatalkan tagihan.</translation>
    </message>
    <message>
        <source>Check that a SPEI transfer really happened and download its electronic payment receipt (CEP).</source>
        <translation>Pastikan transfer SPEI benar-benar terjadi dan unduh bukti pembayaran elektroniknya (CEP).</translation>
    </message>
    <message>
        <source>What happened, in order; keep this pack at hand while you call.</source>
        <translation>Kronologi kejadian; siapkan paket ini saat Anda menelepon.</translation>
    </message>
    <message>
        <source>File a police report (denuncia); banks often ask for it before returning money.</source>
        <translation>Buat laporan polisi (denuncia); bank sering memintanya sebelum mengembalikan uang.</translation>
    </message>
    <message>
        <source>Your ID, what happened in order, the payment receipts and the evidence in this pack.</source>
        <translation>Kartu identitas Anda, kronologi kejadian, bukti pembayaran, dan bukti dalam paket ini.</translation>
    </message>
    <message>
        <source>The consumer office of your region or town handles complaints against shops.</source>
        <translation>Kantor perlindungan konsumen di daerah atau kota Anda menangani pengaduan terhadap toko.</translation>
    </message>
    <message>
        <source>The invoice or order confirmation, the seller&apos;s details and your messages with the seller.</source>
        <translation>Faktur atau konfirmasi pesanan, data penjual, dan pesan Anda dengan penjual.</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Report the fraud to the police; many countries have an online form for internet fraud.</source>
        <translation>Laporkan penipuan ke polisi; banyak negara punya formulir online untuk penipuan internet.</translation>
    </message>
    <message>
        <source>Your bank or payment service</source>
        <translation>Bank atau layanan pembayaran Anda</translation>
    </message>
    <message>
        <source>Ask at once whether the payment can be stopped, reversed or charged back.</source>
        <translation>Segera tanyakan apakah pembayaran dapat dihentikan, dibatalkan, atau di-chargeback.</translation>
    </message>
    <message>
        <source>The date and amount of the payment, the receiving account and the receipt.</source>
        <translation>Tanggal dan jumlah pembayaran, rekening penerima, dan buktinya.</translation>
    </message>
    <message>
        <source>The marketplace or platform</source>
        <translation>Marketplace atau platform</translation>
    </message>
    <message>
        <source>Report the seller&apos;s account to the marketplace or social network where you found it.</source>
        <translation>Laporkan akun penjual ke marketplace atau media sosial tempat Anda menemukannya.</translation>
    </message>
    <message>
        <source>The seller&apos;s profile link, the order number and screenshots of the chat.</source>
        <translation>Tautan profil penjual, nomor pesanan, dan tangkapan layar chat.</translation>
    </message>
    <message>
        <source>International online consumer complaints, shared with consumer agencies of many countries.</source>
        <translation>Pengaduan konsumen online internasional, dibagikan kepada lembaga perlindungan konsumen di banyak negara.</translation>
    </message>
    <message>
        <source>The seller&apos;s details, what you paid and what happened.</source>
        <translation>Data penjual, berapa yang Anda bayar, dan apa yang terjadi.</translation>
    </message>
    <message>
        <source>Seller and order</source>
        <translation>Penjual dan pesanan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Tempat melapor</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>Tidak benar</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Belum tahu</translation>
    </message>
    <message>
        <source>Complaint pack</source>
        <translation>Paket pengaduan</translation>
    </message>
    <message>
        <source>The original files are in the folder “files” next to this PDF; their SHA-256 fingerprints below show they were not changed.</source>
        <translation>Berkas asli ada di folder “files” di sebelah PDF ini; sidik jari SHA-256 di bawah menunjukkan berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>Made by ShopSafe on {when}.</source>
        <translation>Dibuat oleh ShopSafe pada {when}.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Penjual</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Pesanan dicatat</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Catatan: {text}</translation>
    </message>
    <message>
        <source>File added: {name}</source>
        <translation>Berkas ditambahkan: {name}</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Disimpan: {title}</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Laporan pemeriksaan</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Rincian biaya</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>Yang perlu disiapkan:</translation>
    </message>
    <message>
        <source>The complaint pack could not be made: {reason}</source>
        <translation>Paket pengaduan tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>belum terverifikasi</translation>
    </message>
    <message>
        <source>The original files are in the folder “files” next to this PDF; their SHA-256 fingerprints are below. Files marked “not verified” had no fingerprint recorded in the archive, so it cannot be shown that they were not changed.</source>
        <translation>Berkas asli ada di folder “files” di sebelah PDF ini; sidik jari SHA-256-nya ada di bawah. Berkas yang ditandai “belum terverifikasi” tidak punya sidik jari yang tercatat di arsip, jadi tidak dapat dibuktikan bahwa berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The phone number and its operator, screenshots of the messages or recordings of the calls, your identity, and what happened in order.</source>
        <translation>Nomor telepon dan operatornya, tangkapan layar pesan atau rekaman panggilan, identitas Anda, dan kronologi kejadian.</translation>
    </message>
    <message>
        <source>Consumer complaints against a shop or seller (online through Concilianet when the seller takes part in it, otherwise at a consumer office).</source>
        <translation>Pengaduan konsumen terhadap toko atau penjual (daring lewat Concilianet bila penjual ikut serta di sana, jika tidak di kantor perlindungan konsumen).</translation>
    </message>
    <message>
        <source>Your official ID, the receipt or order confirmation, the seller&apos;s name and address, what was promised and what happened.</source>
        <translation>Kartu identitas resmi Anda, struk atau konfirmasi pesanan, nama dan alamat penjual, apa yang dijanjikan dan apa yang terjadi.</translation>
    </message>
    <message>
        <source>Your official ID and CURP, your account statement, the date and amount of the payment, and the bank&apos;s reply if you already complained.</source>
        <translation>Kartu identitas resmi dan CURP Anda, rekening koran, tanggal dan jumlah pembayaran, serta jawaban bank bila Anda sudah mengadu.</translation>
    </message>
    <message>
        <source>The date, the tracking key (clave de rastreo) or reference, both banks, the receiving account (CLABE, card or phone number) and the amount.</source>
        <translation>Tanggal, kode pelacakan (clave de rastreo) atau referensi, kedua bank, rekening penerima (CLABE, kartu atau nomor ponsel) dan jumlahnya.</translation>
    </message>
    <message>
        <source>Free, confidential cybersecurity helpline (8:00 to 23:00 every day): advice on what to do after an online fraud. It does not take police reports.</source>
        <translation>Layanan bantuan keamanan siber yang gratis dan rahasia (setiap hari pukul 8.00–23.00): saran tentang apa yang harus dilakukan setelah penipuan daring. Layanan ini tidak menerima laporan polisi.</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message numerus="yes">
        <source>{kind} “{item}”: %n versions</source>
        <translation>
            <numerusform>{kind} “{item}”: %n versi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>You seem to be offline: only the link itself was checked</source>
        <translation>Sepertinya Anda sedang offline: hanya tautannya saja yang diperiksa</translation>
    </message>
    <message>
        <source>Neither {host} nor the domain registry could be reached: this computer seems to have no internet connection. The secure connection, the domain&apos;s age and the shop&apos;s pages were not checked. Check again when you are connected.</source>
        <translation>{host} maupun registri domain tidak dapat dihubungi: sepertinya komputer ini tidak tersambung ke internet. Koneksi aman, umur domain, dan halaman toko tidak diperiksa. Periksa lagi setelah tersambung.</translation>
    </message>
</context>
<context>
    <name>CostCli</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The offer is in {source}: give --rate to see it in {target}.</source>
        <translation>Penawaran ini dalam {source}: isi --rate untuk melihatnya dalam {target}.</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>The total could not be computed.</source>
        <translation>Total tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>This is not a price I can read.</source>
        <translation>Harga ini tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Nilai ini tidak boleh dipakai di sini.</translation>
    </message>
    <message>
        <source>Unknown currency code: {code}.</source>
        <translation>Kode mata uang tidak dikenal: {code}.</translation>
    </message>
    <message>
        <source>Cannot add {first} and {second} without an exchange rate.</source>
        <translation>{first} dan {second} tidak bisa dijumlahkan tanpa kurs.</translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target}: type one in.</source>
        <translation>Belum ada kurs dari {source} ke {target}: ketik kursnya.</translation>
    </message>
    <message>
        <source>The reference exchange rates could not be read.</source>
        <translation>Kurs acuan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total in {currency}</source>
        <translation>Total dalam {currency}</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>{quantity} × {price}</source>
        <translation>{quantity} × {price}</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>minimum spend not reached</source>
        <translation>minimal belanja belum tercapai</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <source>free above {threshold}</source>
        <translation>gratis mulai {threshold}</translation>
    </message>
    <message>
        <source>Shipping voucher</source>
        <translation>Voucher ongkir</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>maks. {amount}</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Asuransi</translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation>Bea masuk</translation>
    </message>
    <message>
        <source>Tax included in the prices</source>
        <translation>Pajak sudah termasuk</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>Biaya pembayaran</translation>
    </message>
    <message>
        <source>{percent} % of {base}</source>
        <translation>{percent} % dari {base}</translation>
    </message>
    <message>
        <source>{percent} %, at most {cap}</source>
        <translation>{percent} %, maks. {cap}</translation>
    </message>
    <message>
        <source>The shop check saw {captured}; it cannot be compared without a rate.</source>
        <translation>Saat toko diperiksa, harganya {captured}; tidak bisa dibandingkan tanpa kurs.</translation>
    </message>
    <message>
        <source>Price went up {percent} % since the shop check.</source>
        <translation>Harga naik {percent} % sejak toko diperiksa.</translation>
    </message>
    <message>
        <source>Price went down {percent} % since the shop check.</source>
        <translation>Harga turun {percent} % sejak toko diperiksa.</translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target}.</source>
        <translation>Tidak ada kurs dari {source} ke {target}.</translation>
    </message>
    <message>
        <source>{percent} % below the reference price: brand goods at huge discounts are a classic fake-shop sign.</source>
        <translation>{percent} % di bawah harga normal: barang bermerek dengan diskon besar-besaran adalah ciri khas toko palsu.</translation>
    </message>
    <message>
        <source>{percent} % cheaper than the other offers: check this seller carefully.</source>
        <translation>{percent} % lebih murah dari penawaran lain: periksa penjual ini dengan teliti.</translation>
    </message>
    <message>
        <source>the server answered with HTTP status {status}</source>
        <translation>server menjawab dengan status HTTP {status}</translation>
    </message>
    <message>
        <source>Offline mode: using the saved exchange rates.</source>
        <translation>Mode offline: memakai kurs yang tersimpan.</translation>
    </message>
    <message>
        <source>Offline mode and no saved exchange rates.</source>
        <translation>Mode offline dan belum ada kurs yang tersimpan.</translation>
    </message>
    <message>
        <source>Could not fetch the ECB rates ({reason}).</source>
        <translation>Kurs ECB tidak dapat diambil ({reason}).</translation>
    </message>
    <message>
        <source>Could not fetch the ECB rates ({reason}); using the saved ones.</source>
        <translation>Kurs ECB tidak dapat diambil ({reason}); memakai kurs yang tersimpan.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Bayar di tempat (COD)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Handling fee</source>
        <translation>Biaya penanganan</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya admin</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Biaya layanan</translation>
    </message>
    <message>
        <source>Amounts cannot be negative ({value}).</source>
        <translation>Jumlah tidak boleh negatif ({value}).</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage: write e.g. 11 or 2,9 %.</source>
        <translation>“{value}” bukan persentase: tulis misalnya 11 atau 2,9 %.</translation>
    </message>
    <message>
        <source>A percentage cannot exceed 100 ({value}).</source>
        <translation>Persentase tidak boleh lebih dari 100 ({value}).</translation>
    </message>
    <message>
        <source>This offer is in {offer}: write this amount in {offer} too.</source>
        <translation>Penawaran ini dalam {offer}: tulis jumlah ini juga dalam {offer}.</translation>
    </message>
    <message>
        <source>Type or paste the price of the item.</source>
        <translation>Ketik atau tempel harga barangnya.</translation>
    </message>
    <message>
        <source>A voucher is either an amount or a percentage.</source>
        <translation>Voucher berupa nominal atau persentase, tidak keduanya.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>Jumlah barang harus bilangan bulat, minimal 1.</translation>
    </message>
    <message>
        <source>“{value}” is not an exchange rate: write e.g. 17250.5.</source>
        <translation>“{value}” bukan kurs: tulis misalnya 17250.5.</translation>
    </message>
    <message>
        <source>“{text}” names more than one currency.</source>
        <translation>“{text}” menyebut lebih dari satu mata uang.</translation>
    </message>
    <message>
        <source>The digit groups in “{text}” do not look like a price.</source>
        <translation>Pengelompokan angka pada “{text}” tidak seperti harga.</translation>
    </message>
    <message>
        <source>“{text}” can be read in two ways: write it without the shorthand, e.g. 1500000.</source>
        <translation>“{text}” bisa dibaca dua cara: tulis tanpa singkatan, misalnya 1500000.</translation>
    </message>
    <message>
        <source>“{text}” can be read in two ways: write the currency&apos;s decimals in full.</source>
        <translation>“{text}” bisa dibaca dua cara: tulis desimal mata uangnya lengkap.</translation>
    </message>
    <message>
        <source>“{mark}” read as {currency} because your country is {country}.</source>
        <translation>“{mark}” dibaca sebagai {currency} karena negara Anda {country}.</translation>
    </message>
    <message>
        <source>“{mark}” read as {currency}.</source>
        <translation>“{mark}” dibaca sebagai {currency}.</translation>
    </message>
    <message>
        <source>No currency in the text: {currency} assumed.</source>
        <translation>Tidak ada mata uang di teks: dianggap {currency}.</translation>
    </message>
    <message>
        <source>Type a price, e.g. 50rb or 1.234,56 €.</source>
        <translation>Ketik harga, misalnya 50rb atau Rp 1.250.000.</translation>
    </message>
    <message>
        <source>There is no amount in “{text}”.</source>
        <translation>Tidak ada nominal di “{text}”.</translation>
    </message>
    <message>
        <source>“{text}” says free but also shows an amount.</source>
        <translation>“{text}” bilang gratis tapi juga ada nominalnya.</translation>
    </message>
    <message>
        <source>“{text}” holds more than one amount: paste only the price.</source>
        <translation>“{text}” berisi lebih dari satu nominal: tempel harganya saja.</translation>
    </message>
    <message>
        <source>A price cannot be negative: “{text}”.</source>
        <translation>Harga tidak boleh negatif: “{text}”.</translation>
    </message>
    <message>
        <source>“{text}” is too large to be a price.</source>
        <translation>“{text}” terlalu besar untuk sebuah harga.</translation>
    </message>
    <message>
        <source>“{mark}” can mean several currencies: add the code, e.g. {codes}.</source>
        <translation>“{mark}” bisa berarti beberapa mata uang: tambahkan kodenya, misalnya {codes}.</translation>
    </message>
    <message>
        <source>The currency in “{text}” is not known: add its code.</source>
        <translation>Mata uang di “{text}” tidak dikenal: tambahkan kodenya.</translation>
    </message>
    <message>
        <source>“{text}” has no currency: add one, e.g. IDR or €.</source>
        <translation>“{text}” tidak ada mata uangnya: tambahkan, misalnya Rp atau IDR.</translation>
    </message>
    <message>
        <source>An exchange rate must be above zero.</source>
        <translation>Kurs harus lebih dari nol.</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>diketik sendiri</translation>
    </message>
    <message>
        <source>1 {source_currency} = {value} {target_currency} ({source}, {date})</source>
        <translation>1 {source_currency} = {value} {target_currency} ({source}, {date})</translation>
    </message>
    <message>
        <source>The saved offers could not be read.</source>
        <translation>Penawaran yang tersimpan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>“{text}” is in cents: write it in the currency, e.g. 0.99.</source>
        <translation>“{text}” ditulis dalam sen: tulis dalam mata uangnya, mis. 0,99.</translation>
    </message>
    <message>
        <source>In “{text}”, “K” can mean a thousand or a currency (kina, kwacha): write the amount in full.</source>
        <translation>Di “{text}”, “K” bisa berarti ribu atau mata uang (kina, kwacha): tulis nominalnya lengkap.</translation>
    </message>
    <message>
        <source>“{text}” is a range, from {low} to {high}: paste the price you pay.</source>
        <translation>“{text}” adalah rentang harga, dari {low} sampai {high}: tempel harga yang Anda bayar.</translation>
    </message>
    <message>
        <source>“{text}” shows two prices, {first} and {second}: which one do you pay? Paste only that one.</source>
        <translation>“{text}” memuat dua harga, {first} dan {second}: mana yang Anda bayar? Tempel harga itu saja.</translation>
    </message>
    <message>
        <source>“{text}” is a date, not a price.</source>
        <translation>“{text}” adalah tanggal, bukan harga.</translation>
    </message>
    <message>
        <source>“{text}” looks like a percentage, not a price.</source>
        <translation>“{text}” tampaknya persentase, bukan harga.</translation>
    </message>
    <message>
        <source>“{text}” looks like a measurement, not a price.</source>
        <translation>“{text}” tampaknya ukuran, bukan harga.</translation>
    </message>
    <message>
        <source>In “{text}”, “{word}” stands between the amount and the currency: write the whole amount in digits.</source>
        <translation>Di “{text}”, “{word}” berada di antara nominal dan mata uangnya: tulis seluruh nominal dengan angka.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>belum diisi</translation>
    </message>
</context>
<context>
    <name>CostsExport</name>
    <message>
        <source>ShopSafe cost breakdown</source>
        <translation>Rincian biaya ShopSafe</translation>
    </message>
    <message>
        <source>Nothing to export yet: type a price first.</source>
        <translation>Belum ada yang bisa diekspor: ketik harga dulu.</translation>
    </message>
    <message>
        <source>Export breakdown</source>
        <translation>Ekspor rincian</translation>
    </message>
    <message>
        <source>The breakdown could not be saved:
{error}</source>
        <translation>Rincian tidak dapat disimpan:
{error}</translation>
    </message>
    <message>
        <source>Breakdown saved to {path}</source>
        <translation>Rincian disimpan di {path}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Save the breakdown as a PDF document to print or send</source>
        <translation>Simpan rincian sebagai dokumen PDF untuk dicetak atau dikirim</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>Simpan sebagai gambar…</translation>
    </message>
    <message>
        <source>Save the breakdown as a picture sized for a phone, to send in a chat</source>
        <translation>Simpan rincian sebagai gambar seukuran layar HP, untuk dikirim lewat chat</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>{name} (copy)</source>
        <extracomment>&quot;Save breakdown&quot; found the archive locked and the user chose to go and unlock it. A breakdown was saved into the archive; carries the order id.</extracomment>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>Comparison in {currency}</source>
        <translation>Perbandingan dalam {currency}</translation>
    </message>
    <message>
        <source>Nothing to copy yet: type a price first.</source>
        <translation>Belum ada yang bisa disalin: ketik harga dulu.</translation>
    </message>
    <message>
        <source>Breakdown copied.</source>
        <translation>Rincian disalin.</translation>
    </message>
    <message>
        <source>Nothing to save yet: type a price first.</source>
        <translation>Belum ada yang bisa disimpan: ketik harga dulu.</translation>
    </message>
    <message>
        <source>No reference rate for {source}: type the rate your bank or card uses.</source>
        <translation>Tidak ada kurs acuan untuk {source}: ketik kurs yang dipakai bank atau kartu Anda.</translation>
    </message>
    <message>
        <source>Offer {number}</source>
        <translation>Penawaran {number}</translation>
    </message>
    <message>
        <source>Breakdown: {offer}</source>
        <translation>Rincian: {offer}</translation>
    </message>
    <message>
        <source>Reference price: {error}</source>
        <translation>Harga normal: {error}</translation>
    </message>
    <message>
        <source>Breakdown saved to {path}</source>
        <translation>Rincian disimpan di {path}</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Gagal menyimpan: {reason}</translation>
    </message>
    <message>
        <source>Compare in</source>
        <translation>Bandingkan dalam</translation>
    </message>
    <message>
        <source>Normal price</source>
        <translation>Harga normal</translation>
    </message>
    <message>
        <source>optional: the usual price of this item, to spot fake discounts</source>
        <translation>opsional: harga wajar barang ini, untuk mengenali diskon palsu</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Tambah penawaran</translation>
    </message>
    <message>
        <source>Add an offer (Ctrl+N)</source>
        <translation>Tambah penawaran (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Duplicate the selected offer (Ctrl+D)</source>
        <translation>Duplikat penawaran yang dipilih (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected offer (Delete)</source>
        <translation>Hapus penawaran yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Copy breakdown</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>Copy the breakdown as text (Ctrl+Shift+C)</source>
        <translation>Salin rincian sebagai teks (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save breakdown</source>
        <translation>Simpan rincian</translation>
    </message>
    <message>
        <source>Keep the breakdown on this computer (Ctrl+S)</source>
        <translation>Simpan rincian di komputer ini (Ctrl+S)</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Add an offer and paste its price — Rp 125.000, 50rb, 1.234,56 € or $19.99 — to see what you will really pay. Add more offers to compare them.</source>
        <translation>Tambahkan penawaran lalu tempel harganya — Rp 125.000, 50rb, 1,5jt atau $19.99 — untuk melihat berapa yang benar-benar Anda bayar. Tambahkan penawaran lain untuk membandingkan.</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it on the Archive page, then save the breakdown again.</source>
        <translation>Arsip terkunci. Buka kuncinya di halaman Arsip, lalu simpan rincian biaya lagi.</translation>
    </message>
    <message>
        <source>Go to the &amp;Archive page</source>
        <translation>Buka halaman &amp;Arsip</translation>
    </message>
    <message>
        <source>The archive is locked: the breakdown was not saved.</source>
        <translation>Arsip terkunci: rincian biaya tidak disimpan.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Saving the breakdown to the archive…</source>
        <translation>Menyimpan rincian biaya ke arsip…</translation>
    </message>
    <message>
        <source>Breakdown saved in the archive.</source>
        <translation>Rincian biaya tersimpan di arsip.</translation>
    </message>
    <message>
        <source>Keep the breakdown with an order in the encrypted archive (Ctrl+S)</source>
        <translation>Simpan rincian biaya bersama sebuah pesanan di arsip terenkripsi (Ctrl+S)</translation>
    </message>
    <message>
        <source>The archive was locked: the breakdown was not saved.</source>
        <translation>Arsip terkunci: rincian biaya tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Indonesia</source>
        <extracomment>Countries offered in Settings: ISO 3166 alpha-2 code and name. The country drives phone parsing, currency and tax presets and which local brands the lookalike check knows.</extracomment>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipina</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanyol</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Meksiko</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolombia</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Cile</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ekuador</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Amerika Serikat</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Inggris Raya</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Jerman</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Swiss</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Prancis</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Belanda</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
</context>
<context>
    <name>CountryQuestion</name>
    <message>
        <source>Which country do you shop in? It decides how phone numbers, prices and taxes are read. Until you choose, Spain is used.</source>
        <translation>Di negara mana Anda berbelanja? Negara menentukan cara membaca nomor telepon, harga, dan pajak. Sampai Anda memilih, Spanyol yang dipakai.</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanyol</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Meksiko</translation>
    </message>
    <message>
        <source>Another country…</source>
        <translation>Negara lain…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ShopSafe ran into a problem</source>
        <translation>ShopSafe mengalami masalah</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your data is safe: nothing was sent anywhere. You can keep working, but if this happens again please restart ShopSafe.</source>
        <translation>Terjadi sesuatu yang tidak terduga. Data Anda aman: tidak ada yang dikirim ke mana pun. Anda bisa terus bekerja, tetapi jika ini terjadi lagi, mulai ulang ShopSafe.</translation>
    </message>
    <message>
        <source>The details were also written to the log file:
{path}</source>
        <translation>Rinciannya juga dicatat di berkas log:
{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
</context>
<context>
    <name>Crawl</name>
    <message>
        <source>HTTP status {status}</source>
        <extracomment>The kinds read for how the shop asks to be paid (not policies: no finding if they are missing).</extracomment>
        <translation>status HTTP {status}</translation>
    </message>
</context>
<context>
    <name>DomainStatus</name>
    <message>
        <source>transfer locked</source>
        <translation>transfer dikunci</translation>
    </message>
    <message>
        <source>changes locked</source>
        <translation>perubahan dikunci</translation>
    </message>
    <message>
        <source>deletion locked</source>
        <translation>penghapusan dikunci</translation>
    </message>
    <message>
        <source>renewal locked</source>
        <translation>perpanjangan dikunci</translation>
    </message>
    <message>
        <source>suspended (not reachable)</source>
        <translation>ditangguhkan (tidak bisa diakses)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <source>about to be deleted</source>
        <translation>akan segera dihapus</translation>
    </message>
    <message>
        <source>expired, can still be restored</source>
        <translation>kedaluwarsa, masih bisa dipulihkan</translation>
    </message>
    <message>
        <source>being moved to another registrar</source>
        <translation>sedang dipindah ke registrar lain</translation>
    </message>
    <message>
        <source>registered in the last few days</source>
        <translation>baru didaftarkan beberapa hari lalu</translation>
    </message>
    <message>
        <source>just renewed</source>
        <translation>baru diperpanjang</translation>
    </message>
    <message>
        <source>just moved to another registrar</source>
        <translation>baru dipindah ke registrar lain</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>ShopSafe</source>
        <translation>ShopSafe</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Ada yang tidak beres.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>This input was not understood.</source>
        <translation>Masukan ini tidak dapat dipahami.</translation>
    </message>
    <message>
        <source>The bundled brand registry is damaged: reinstall ShopSafe.</source>
        <translation>Daftar merek bawaan rusak: pasang ulang ShopSafe.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Imitates</source>
        <translation>Meniru</translation>
    </message>
    <message>
        <source>Trick used</source>
        <translation>Trik yang dipakai</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Bedanya</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Also similar to</source>
        <translation>Juga mirip dengan</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Age in days</source>
        <translation>Umur (hari)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <source>Text before “@”</source>
        <translation>Teks sebelum “@”</translation>
    </message>
    <message>
        <source>Shown in the browser as</source>
        <translation>Tampil di browser sebagai</translation>
    </message>
    <message>
        <source>Alphabets</source>
        <translation>Jenis huruf</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Domain ending</source>
        <translation>Akhiran domain</translation>
    </message>
    <message>
        <source>Abuse level (1–3)</source>
        <translation>Tingkat penyalahgunaan (1–3)</translation>
    </message>
    <message>
        <source>Link shortener</source>
        <translation>Pemendek tautan</translation>
    </message>
    <message>
        <source>Site builder</source>
        <translation>Pembuat situs</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>Versi TLS</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Company numbers</source>
        <translation>Nomor badan usaha</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Profil media sosial</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Kebijakan privasi</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Kebijakan pengembalian</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Syarat dan ketentuan</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Info pengiriman</translation>
    </message>
    <message>
        <source>Legal notice</source>
        <translation>Informasi hukum</translation>
    </message>
    <message>
        <source>Domain status</source>
        <translation>Status domain</translation>
    </message>
    <message>
        <source>Looked up at</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Diterbitkan untuk</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Jumlah nama di sertifikat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Check digits valid</source>
        <translation>Digit pemeriksa benar</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Largest discount (%)</source>
        <translation>Diskon terbesar (%)</translation>
    </message>
    <message>
        <source>Discounts seen (%)</source>
        <translation>Diskon yang terlihat (%)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nama resmi</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Dibayar kepada</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>Diiklankan</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir di</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Pengalihan</translation>
    </message>
    <message>
        <source>Complaints book</source>
        <translation>Buku pengaduan</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Words in the message</source>
        <translation>Kata-kata di pesan</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Pemilik rekening</translation>
    </message>
    <message>
        <source>Bank named</source>
        <translation>Bank yang disebut</translation>
    </message>
    <message>
        <source>Bank of the number</source>
        <translation>Bank pemilik nomor</translation>
    </message>
    <message>
        <source>Paid to (QR code)</source>
        <translation>Penerima (kode QR)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Merchant id (NMID)</source>
        <translation>ID merchant (NMID)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Seller named</source>
        <translation>Penjual yang disebut</translation>
    </message>
    <message>
        <source>refresh tag</source>
        <extracomment>Evidence kept in the JSON report for programs and auditors but not shown to people: the bibliographic note of the bundled TLD table (and the advisory a message rule comes from) is long, English and says nothing about the shop; the OCR engine&apos;s figures are for the log; &quot;incomplete&quot; and &quot;check&quot; are flags for the verdict and for programs. Known coded values per evidence key (a value is looked up under the key it appears with).</extracomment>
        <translation>tag refresh</translation>
    </message>
    <message>
        <source>script</source>
        <translation>skrip</translation>
    </message>
    <message>
        <source>Site the link leads to</source>
        <translation>Situs tujuan tautan</translation>
    </message>
    <message>
        <source>Sends you to</source>
        <translation>Mengarahkan ke</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Most characters allowed</source>
        <translation>Jumlah karakter maksimum</translation>
    </message>
    <message>
        <source>Start of the link</source>
        <translation>Awal tautan</translation>
    </message>
    <message>
        <source>Characters pasted</source>
        <translation>Karakter yang ditempel</translation>
    </message>
    <message>
        <source>Characters read</source>
        <translation>Karakter yang dibaca</translation>
    </message>
    <message>
        <source>Characters in all</source>
        <translation>Jumlah seluruh karakter</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Ditandai oleh</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Dikenali dari</translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n berkas ditambahkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Your family marked this seller as a scam</source>
        <translation>Keluarga Anda menandai penjual ini sebagai penipu</translation>
    </message>
    <message>
        <source>“{seller}”: marked as a scam by {member} on {date}: {reason}</source>
        <translation>“{seller}”: ditandai sebagai penipu oleh {member} pada {date}: {reason}</translation>
    </message>
    <message>
        <source>Do not pay. Talk to {member} before you do anything else.</source>
        <translation>Jangan bayar. Bicarakan dulu dengan {member} sebelum melakukan apa pun.</translation>
    </message>
    <message>
        <source>Your family is unsure about this seller</source>
        <translation>Keluarga Anda ragu dengan penjual ini</translation>
    </message>
    <message>
        <source>“{seller}”: marked unsure by {member} on {date}: {reason}</source>
        <translation>“{seller}”: ditandai ragu oleh {member} pada {date}: {reason}</translation>
    </message>
    <message>
        <source>Your family trusts this seller</source>
        <translation>Keluarga Anda memercayai penjual ini</translation>
    </message>
    <message>
        <source>“{seller}”: marked trusted by {member} on {date}: {reason}. The other findings still count: a trusted seller&apos;s number or page can be taken over.</source>
        <translation>“{seller}”: ditandai tepercaya oleh {member} pada {date}: {reason}. Temuan lain tetap berlaku: nomor atau halaman penjual tepercaya bisa diambil alih orang lain.</translation>
    </message>
    <message>
        <source>This seller is in your family&apos;s seller book</source>
        <translation>Penjual ini ada di buku penjual keluarga Anda</translation>
    </message>
    <message>
        <source>“{seller}” is in the seller book; nobody has given a verdict yet.</source>
        <translation>“{seller}” ada di buku penjual; belum ada yang memberi penilaian.</translation>
    </message>
    <message>
        <source>The family&apos;s seller book could not be read</source>
        <translation>Buku penjual keluarga tidak dapat dibaca</translation>
    </message>
    <message>
        <source>This check did not compare the seller with your family&apos;s seller book. The other checks are complete.</source>
        <translation>Pemeriksaan ini tidak mencocokkan penjual dengan buku penjual keluarga Anda. Pemeriksaan lainnya lengkap.</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>ShopSafe may not write in the folder {folder}. Choose another folder, for example Documents.</source>
        <translation>ShopSafe tidak diizinkan menulis di folder {folder}. Pilih folder lain, misalnya Dokumen.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Folder {folder} tidak ada. Pilih folder lain.</translation>
    </message>
    <message>
        <source>The disk that holds the folder {folder} is full. Free some space or choose another folder.</source>
        <translation>Disk tempat folder {folder} berada sudah penuh. Kosongkan sebagian ruang atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (it is read-only). Choose another folder.</source>
        <translation>Folder {folder} tidak bisa ditulisi (hanya-baca). Pilih folder lain.</translation>
    </message>
    <message>
        <source>The file name is not allowed in the folder {folder}. Choose a shorter or simpler name.</source>
        <translation>Nama file tidak diizinkan di folder {folder}. Pilih nama yang lebih pendek atau sederhana.</translation>
    </message>
    <message>
        <source>The file could not be written in the folder {folder}. The details are in the log file.</source>
        <translation>File tidak dapat ditulis di folder {folder}. Rinciannya ada di file log.</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Terjadi kesalahan. Rinciannya ada di file log.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Let someone in</source>
        <translation>Izinkan seseorang masuk</translation>
    </message>
    <message>
        <source>Paste the invitation code they sent you (it starts with SHOPSAFE-JOIN).</source>
        <translation>Tempel kode undangan yang dikirimkan kepada Anda (diawali SHOPSAFE-JOIN).</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kode undangan</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Periksa kode</translation>
    </message>
    <message>
        <source>It matches: let them in</source>
        <translation>Cocok: izinkan masuk</translation>
    </message>
    <message>
        <source>{name} asks to join. Ask {name} to read out the fingerprint on their screen (by phone or in person). Let them in only if it is exactly this:</source>
        <translation>{name} minta bergabung. Minta {name} membacakan sidik jari di layarnya (lewat telepon atau langsung). Izinkan masuk hanya jika sama persis dengan ini:</translation>
    </message>
    <message>
        <source>Their request has not arrived in this archive folder yet. Wait until the folder has synced, then check again.</source>
        <translation>Permintaannya belum sampai di folder arsip ini. Tunggu sampai folder selesai disinkronkan, lalu periksa lagi.</translation>
    </message>
</context>
<context>
    <name>HttpsCheck</name>
    <message>
        <source>The shop&apos;s certificate has expired</source>
        <translation>Sertifikat toko sudah kedaluwarsa</translation>
    </message>
    <message>
        <source>The certificate of {host} expired on {not_after}. Your browser will warn you, and anything you type could be read by others.</source>
        <translation>Sertifikat {host} sudah habis masa berlakunya pada {not_after}. Browser Anda akan memberi peringatan, dan apa pun yang Anda ketik bisa dibaca orang lain.</translation>
    </message>
    <message>
        <source>The shop&apos;s certificate is not valid yet</source>
        <translation>Sertifikat toko belum berlaku</translation>
    </message>
    <message>
        <source>The certificate of {host} only becomes valid on {not_before}: either your clock is wrong or the site is set up carelessly.</source>
        <translation>Sertifikat {host} baru berlaku mulai {not_before}: entah jam komputer Anda salah, atau situs ini dipasang asal-asalan.</translation>
    </message>
    <message>
        <source>The shop&apos;s certificate is not trusted</source>
        <translation>Sertifikat toko tidak tepercaya</translation>
    </message>
    <message>
        <source>The certificate of {host} was not issued by a trusted authority ({reason}). Anyone could have made it.</source>
        <translation>Sertifikat {host} tidak diterbitkan oleh lembaga tepercaya ({reason}). Siapa saja bisa membuat sertifikat seperti ini.</translation>
    </message>
    <message>
        <source>The certificate belongs to another site</source>
        <translation>Sertifikat ini milik situs lain</translation>
    </message>
    <message>
        <source>{host} showed a certificate made for {names}. The connection may not be going where you think.</source>
        <translation>{host} menunjukkan sertifikat yang dibuat untuk {names}. Koneksi ini mungkin tidak menuju ke tempat yang Anda kira.</translation>
    </message>
    <message>
        <source>Do not enter card numbers, passwords or personal data on this site.</source>
        <translation>Jangan memasukkan nomor kartu, kata sandi, atau data pribadi di situs ini.</translation>
    </message>
    <message>
        <source>Outdated encryption ({version})</source>
        <translation>Enkripsi usang ({version})</translation>
    </message>
    <message>
        <source>{host} only speaks {version}, which browsers stopped accepting years ago. A shop that cares for its customers would have updated.</source>
        <translation>{host} hanya mendukung {version}, yang sudah bertahun-tahun ditolak browser. Toko yang peduli pada pelanggannya pasti sudah memperbaruinya.</translation>
    </message>
    <message>
        <source>Valid HTTPS certificate</source>
        <translation>Sertifikat HTTPS sah</translation>
    </message>
    <message>
        <source>The connection to {host} is encrypted ({version}) with a certificate issued by {issuer}, valid until {not_after}. This proves the address, not that the shop is honest.</source>
        <translation>Koneksi ke {host} terenkripsi ({version}) dengan sertifikat dari {issuer}, berlaku sampai {not_after}. Ini membuktikan alamatnya benar, bukan bahwa tokonya jujur.</translation>
    </message>
    <message>
        <source>Certificate issued {days} days ago</source>
        <translation>Sertifikat diterbitkan {days} hari lalu</translation>
    </message>
    <message>
        <source>The certificate was issued on {date}. Certificates are renewed often, so this is normal for many sites; together with a brand-new domain it fits a freshly set-up shop.</source>
        <translation>Sertifikat diterbitkan pada {date}. Sertifikat memang sering diperbarui, jadi ini wajar bagi banyak situs; tetapi bersama domain yang baru sekali, ini cocok dengan toko yang baru saja dibuat.</translation>
    </message>
    <message>
        <source>No plain-HTTP version</source>
        <translation>Tidak ada versi HTTP biasa</translation>
    </message>
    <message>
        <source>{host} does not answer on plain HTTP ({reason}), so every visit is encrypted.</source>
        <translation>{host} tidak melayani HTTP biasa ({reason}), jadi setiap kunjungan terenkripsi.</translation>
    </message>
    <message>
        <source>Plain HTTP is redirected to HTTPS</source>
        <translation>HTTP biasa dialihkan ke HTTPS</translation>
    </message>
    <message>
        <source>Visiting http://{host}/ takes you to the encrypted site.</source>
        <translation>Membuka http://{host}/ langsung membawa Anda ke situs yang terenkripsi.</translation>
    </message>
    <message>
        <source>Plain HTTP is not redirected to HTTPS</source>
        <translation>HTTP biasa tidak dialihkan ke HTTPS</translation>
    </message>
    <message>
        <source>http://{host}/ stays unencrypted instead of sending you to the HTTPS site. Make sure the address bar shows https:// before you type anything.</source>
        <translation>http://{host}/ tetap tidak terenkripsi dan tidak mengarahkan Anda ke situs HTTPS. Pastikan bilah alamat menampilkan https:// sebelum Anda mengetik apa pun.</translation>
    </message>
    <message>
        <source>The shop only works without encryption</source>
        <translation>Toko ini hanya bisa dibuka tanpa enkripsi</translation>
    </message>
    <message>
        <source>{host} has no working HTTPS: everything you send, including addresses and payment details, travels readable by others.</source>
        <translation>{host} tidak punya HTTPS yang berfungsi: semua yang Anda kirim, termasuk alamat dan data pembayaran, bisa dibaca orang lain di perjalanan.</translation>
    </message>
    <message>
        <source>The secure site sends you to an unencrypted page</source>
        <translation>Situs aman ini mengalihkan Anda ke halaman tanpa enkripsi</translation>
    </message>
    <message>
        <source>https://{host}/ redirects to {url}, which is not encrypted; whatever you type there can be read by others.</source>
        <translation>https://{host}/ mengalihkan ke {url}, yang tidak terenkripsi; apa pun yang Anda ketik di sana bisa dibaca orang lain.</translation>
    </message>
    <message>
        <source>A form sends your data unencrypted</source>
        <translation>Ada formulir yang mengirim data Anda tanpa enkripsi</translation>
    </message>
    <message>
        <source>A form or password field on the shop posts to {target} over plain HTTP, where others on the network can read it.</source>
        <translation>Formulir atau kolom kata sandi di toko ini mengirim ke {target} lewat HTTP biasa, sehingga orang lain di jaringan bisa membacanya.</translation>
    </message>
    <message>
        <source>HTTPS is enforced (HSTS)</source>
        <translation>HTTPS diwajibkan (HSTS)</translation>
    </message>
    <message>
        <source>The site tells browsers to always use HTTPS ({value}).</source>
        <translation>Situs ini meminta browser untuk selalu memakai HTTPS ({value}).</translation>
    </message>
    <message>
        <source>HTTPS is not enforced (no HSTS)</source>
        <translation>HTTPS tidak diwajibkan (tanpa HSTS)</translation>
    </message>
    <message>
        <source>The site does not ask browsers to insist on HTTPS. Many small shops skip this; it is a detail, not a warning sign.</source>
        <translation>Situs ini tidak meminta browser untuk selalu memakai HTTPS. Banyak toko kecil melewatkannya; ini hal teknis kecil, bukan tanda bahaya.</translation>
    </message>
    <message>
        <source>HTTPS could not be checked</source>
        <translation>HTTPS tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>No secure connection to {host} could be made: {reason}</source>
        <translation>Koneksi aman ke {host} tidak dapat dibuat: {reason}</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>Text read from the picture</source>
        <translation>Teks dibaca dari gambar</translation>
    </message>
    <message>
        <source>ShopSafe read the text of the picture on this computer. A digit may be misread: compare account numbers and amounts with the picture.</source>
        <translation>ShopSafe membaca teks gambar ini di komputer Anda sendiri. Bisa saja ada angka yang salah terbaca: cocokkan nomor rekening dan nominalnya dengan gambar.</translation>
    </message>
    <message>
        <source>No text or QR code found in the picture</source>
        <translation>Tidak ada teks atau kode QR di gambar ini</translation>
    </message>
    <message>
        <source>The picture holds nothing ShopSafe can read. Paste the seller&apos;s message as text, or a sharper screenshot.</source>
        <translation>Tidak ada yang bisa dibaca ShopSafe di gambar ini. Tempelkan pesan penjual sebagai teks, atau tangkapan layar yang lebih tajam.</translation>
    </message>
    <message>
        <source>The text recognition engine (Tesseract) or its language models are not installed, so the words of the picture were not read. Run tools/setup.sh, or paste the message as text.</source>
        <translation>Mesin pengenal teks (Tesseract) atau model bahasanya belum terpasang, jadi kata-kata di gambar tidak terbaca. Jalankan tools/setup.sh, atau tempelkan pesannya sebagai teks.</translation>
    </message>
    <message>
        <source>The text of the picture could not be read. Paste the message as text instead.</source>
        <translation>Teks di gambar tidak bisa dibaca. Tempelkan pesannya sebagai teks saja.</translation>
    </message>
    <message>
        <source>The picture&apos;s text was not read</source>
        <translation>Teks gambar tidak terbaca</translation>
    </message>
    <message>
        <source>The file is far larger than a screenshot or photo, so it was not opened.</source>
        <translation>File ini jauh lebih besar daripada tangkapan layar atau foto biasa, jadi tidak dibuka.</translation>
    </message>
    <message>
        <source>The file is not a picture ShopSafe can open, or it is damaged.</source>
        <translation>File ini bukan gambar yang bisa dibuka ShopSafe, atau file-nya rusak.</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>Gambar tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>The picture could not be opened</source>
        <translation>Gambar tidak bisa dibuka</translation>
    </message>
    <message>
        <source>The QR code is a link, not a payment code</source>
        <translation>Kode QR ini berisi tautan, bukan kode pembayaran</translation>
    </message>
    <message>
        <source>Scanning it opens {link}. A payment QR from a shop (QRIS, Mercado Pago) names who receives the money; a link can lead anywhere. The link is checked below.</source>
        <translation>Kalau dipindai, kode ini membuka {link}. QR pembayaran dari toko (QRIS, Mercado Pago) menyebut siapa penerima uangnya; tautan bisa mengarah ke mana saja. Tautannya diperiksa di bawah.</translation>
    </message>
    <message>
        <source>Payment QR code: the money goes to {name}</source>
        <translation>Kode QR pembayaran: uangnya masuk ke {name}</translation>
    </message>
    <message>
        <source>The QR code pays {name} in {city}. Before you pay, check that the name your payment app shows is the seller you are buying from.</source>
        <translation>Kode QR ini membayar ke {name} di {city}. Sebelum membayar, pastikan nama yang muncul di aplikasi pembayaran Anda adalah penjual tempat Anda membeli.</translation>
    </message>
    <message>
        <source>The payment QR code has been tampered with</source>
        <translation>Kode QR pembayaran ini sudah diubah orang</translation>
    </message>
    <message>
        <source>Its checksum does not match its content: the code was edited or made by hand. Real payment codes are generated by the bank.</source>
        <translation>Angka pemeriksanya tidak cocok dengan isinya: kode ini sudah diedit atau dibuat sendiri. Kode pembayaran asli dibuat oleh bank.</translation>
    </message>
    <message>
        <source>Do not pay with this code.</source>
        <translation>Jangan membayar dengan kode ini.</translation>
    </message>
    <message>
        <source>The QR code pays someone else</source>
        <translation>Kode QR ini membayar ke orang lain</translation>
    </message>
    <message>
        <source>The message names {seller}, but the QR code pays {name}.</source>
        <translation>Pesannya menyebut {seller}, tetapi kode QR-nya membayar ke {name}.</translation>
    </message>
    <message>
        <source>Ask the seller why, and pay only when the names match.</source>
        <translation>Tanyakan alasannya ke penjual, dan bayar hanya kalau namanya sama.</translation>
    </message>
    <message>
        <source>The QR code pays a person</source>
        <translation>Kode QR ini membayar ke perorangan</translation>
    </message>
    <message>
        <source>{name} looks like a person&apos;s name, not a shop&apos;s. Paying a person by QR gives you no buyer protection.</source>
        <translation>{name} tampaknya nama orang, bukan nama toko. Membayar ke perorangan lewat QR tidak memberi Anda perlindungan pembeli.</translation>
    </message>
</context>
<context>
    <name>InboxWatcher</name>
    <message numerus="yes">
        <source>Importing %n file(s) from the inbox…</source>
        <translation>
            <numerusform>Mengimpor %n berkas dari kotak masuk…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from the inbox imported into the order “Inbox” and removed from the inbox.</source>
        <translation>
            <numerusform>%n berkas dari kotak masuk diimpor ke pesanan “Kotak masuk” lalu dihapus dari kotak masuk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputKind</name>
    <message>
        <source>Web shop</source>
        <translation>Toko online</translation>
    </message>
    <message>
        <source>Marketplace listing</source>
        <translation>Produk di marketplace</translation>
    </message>
    <message>
        <source>Seller on social media</source>
        <translation>Penjual di media sosial</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Tidak dikenali</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Ask to join this family archive</source>
        <translation>Minta bergabung ke arsip keluarga ini</translation>
    </message>
    <message>
        <source>Type your name and a passphrase of your own. ShopSafe makes your keys and an invitation code; send the code to someone in the family who organises the archive.</source>
        <translation>Ketik nama Anda dan kata sandi Anda sendiri. ShopSafe membuat kunci Anda dan kode undangan; kirim kode itu kepada anggota keluarga yang mengelola arsip.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kode undangan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kode undangan sebagai kode QR</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Minta bergabung</translation>
    </message>
    <message>
        <source>Making your keys…</source>
        <translation>Membuat kunci Anda…</translation>
    </message>
    <message>
        <source>Send this invitation code to someone in the family who organises the archive, for example in a chat, or let them scan the QR code. It holds no secret.</source>
        <translation>Kirim kode undangan ini kepada anggota keluarga yang mengelola arsip, misalnya lewat chat, atau biarkan mereka memindai kode QR-nya. Kode ini tidak berisi rahasia.</translation>
    </message>
    <message>
        <source>Your fingerprint is {fingerprint}. They may ask you to read it out before letting you in. After that, unlock the archive with your passphrase.</source>
        <translation>Sidik jari Anda {fingerprint}. Mereka mungkin meminta Anda membacakannya sebelum mengizinkan Anda masuk. Setelah itu, buka arsip dengan kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>LinkChecks</name>
    <message>
        <source>The text contains invisible characters</source>
        <translation>Teks berisi karakter tak terlihat</translation>
    </message>
    <message>
        <source>Zero-width or direction-changing characters were hidden in what you pasted. They are used to disguise links; ShopSafe removed them before checking.</source>
        <translation>Ada karakter tanpa lebar atau pengubah arah teks yang disembunyikan dalam teks yang Anda tempel. Karakter seperti ini dipakai untuk menyamarkan tautan; ShopSafe menghapusnya sebelum memeriksa.</translation>
    </message>
    <message>
        <source>Do not click the link in the message. Type the shop&apos;s address yourself.</source>
        <translation>Jangan klik tautan di pesan itu. Ketik sendiri alamat tokonya.</translation>
    </message>
    <message>
        <source>The input was not understood</source>
        <translation>Teks yang ditempel tidak dikenali</translation>
    </message>
    <message>
        <source>No link, phone number, bank account or social handle was found in it.</source>
        <translation>Tidak ada tautan, nomor telepon, nomor rekening, atau akun media sosial di dalamnya.</translation>
    </message>
    <message>
        <source>Paste the shop&apos;s link, the seller&apos;s profile link, phone number or bank account number.</source>
        <translation>Tempel tautan toko, tautan profil penjual, nomor telepon, atau nomor rekeningnya.</translation>
    </message>
    <message>
        <source>An e-mail address is not a link</source>
        <translation>Alamat e-mail bukan tautan</translation>
    </message>
    <message>
        <source>{email} is an e-mail address, not the link of a shop: ShopSafe cannot see who reads that mailbox.</source>
        <translation>{email} adalah alamat e-mail, bukan tautan toko: ShopSafe tidak bisa melihat siapa yang membaca kotak surat itu.</translation>
    </message>
    <message>
        <source>Phone number {phone}</source>
        <translation>Nomor telepon {phone}</translation>
    </message>
    <message>
        <source>A phone number alone cannot be checked automatically.</source>
        <translation>Nomor telepon saja tidak bisa diperiksa secara otomatis.</translation>
    </message>
    <message>
        <source>Call the number, search it together with “scam”, “penipuan” or “estafa”, and check your family&apos;s seller book.</source>
        <translation>Telepon nomornya, cari nomor itu bersama kata “penipuan” atau “scam”, dan lihat buku penjual keluarga Anda.</translation>
    </message>
    <message>
        <source>Bank account {account}</source>
        <translation>Rekening {account}</translation>
    </message>
    <message>
        <source>A bank account alone cannot be checked automatically, and a transfer to a personal account is hard to get back.</source>
        <translation>Nomor rekening saja tidak bisa diperiksa otomatis, dan uang yang ditransfer ke rekening pribadi sulit kembali.</translation>
    </message>
    <message>
        <source>Check the account on a public fraud register (in Indonesia: cekrekening.id) and prefer escrow (rekber), cash on delivery or a card.</source>
        <translation>Periksa rekeningnya di daftar penipuan publik (di Indonesia: cekrekening.id) dan utamakan rekber, COD, atau kartu.</translation>
    </message>
    <message>
        <source>Seller on a social network</source>
        <translation>Penjual di media sosial</translation>
    </message>
    <message>
        <source>Automatic checks cannot see a seller on {platform}: anyone can open an account there.</source>
        <translation>Pemeriksaan otomatis tidak bisa menilai penjual di {platform}: siapa saja bisa membuat akun di sana.</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>media sosial</translation>
    </message>
    <message>
        <source>Do the self-check: account age and name changes, comments, a live video, and pay with escrow (rekber) or cash on delivery, not a transfer.</source>
        <translation>Lakukan pemeriksaan mandiri: umur akun dan pergantian nama, kolom komentar, video langsung, lalu bayar lewat rekber atau COD, bukan transfer.</translation>
    </message>
    <message>
        <source>Official site of {brand}</source>
        <translation>Situs resmi {brand}</translation>
    </message>
    <message>
        <source>{domain} is one of the official domains of {brand}.</source>
        <translation>{domain} adalah salah satu domain resmi {brand}.</translation>
    </message>
    <message>
        <source>Marketplace listing on {brand}</source>
        <translation>Produk di marketplace {brand}</translation>
    </message>
    <message>
        <source>The marketplace protects your money only while you pay through its own checkout.</source>
        <translation>Marketplace hanya melindungi uang Anda selama Anda membayar lewat checkout-nya sendiri.</translation>
    </message>
    <message>
        <source>Pay only through the {brand} checkout. Never move to WhatsApp, a bank transfer or a link the seller sends.</source>
        <translation>Bayar hanya lewat checkout {brand}. Jangan pindah ke WhatsApp, transfer bank, atau tautan kiriman penjual.</translation>
    </message>
    <message>
        <source>Payment link to a person</source>
        <translation>Tautan pembayaran ke perorangan</translation>
    </message>
    <message>
        <source>{domain} links send money straight to a person&apos;s account. Sellers who ask for them often want “friends and family” payments, which have no buyer protection.</source>
        <translation>Tautan {domain} mengirim uang langsung ke akun perorangan. Penjual yang memintanya sering menginginkan pembayaran “friends and family”, yang tidak punya perlindungan pembeli.</translation>
    </message>
    <message>
        <source>Pay through the shop&apos;s own checkout, or choose “goods and services” so that buyer protection applies.</source>
        <translation>Bayar lewat checkout toko itu sendiri, atau pilih “goods and services” supaya perlindungan pembeli berlaku.</translation>
    </message>
    <message>
        <source>The link uses a bare IP address</source>
        <translation>Tautan memakai alamat IP, bukan nama domain</translation>
    </message>
    <message>
        <source>Real shops use a domain name; {ip} hides who runs the site.</source>
        <translation>Toko sungguhan memakai nama domain; {ip} menyembunyikan siapa pengelola situsnya.</translation>
    </message>
    <message>
        <source>Do not enter payment or login details on this site.</source>
        <translation>Jangan masukkan data pembayaran atau login di situs ini.</translation>
    </message>
    <message>
        <source>Not a public domain name</source>
        <translation>Bukan nama domain publik</translation>
    </message>
    <message>
        <source>{host} does not end in a public domain suffix, so it cannot be a shop on the internet.</source>
        <translation>{host} tidak berakhiran domain publik, jadi tidak mungkin toko di internet.</translation>
    </message>
    <message>
        <source>The link hides its real destination</source>
        <translation>Tautan menyembunyikan tujuan sebenarnya</translation>
    </message>
    <message>
        <source>Everything before “@” in a link is ignored by the browser: this link goes to {host}, not to {decoy}.</source>
        <translation>Browser mengabaikan semua yang ada sebelum “@” dalam tautan: tautan ini menuju {host}, bukan {decoy}.</translation>
    </message>
    <message>
        <source>Do not open it. Type the shop&apos;s address yourself.</source>
        <translation>Jangan dibuka. Ketik sendiri alamat tokonya.</translation>
    </message>
    <message>
        <source>Domain ending often used for scams: .{tld}</source>
        <translation>Akhiran domain yang sering dipakai penipu: .{tld}</translation>
    </message>
    <message>
        <source>Public abuse statistics list .{tld} among the endings most used for phishing and fake shops. Honest shops use it too.</source>
        <translation>Statistik penyalahgunaan publik menempatkan .{tld} di antara akhiran yang paling sering dipakai untuk phishing dan toko palsu. Toko jujur juga ada yang memakainya.</translation>
    </message>
    <message>
        <source>Shortened link</source>
        <translation>Tautan pendek</translation>
    </message>
    <message>
        <source>{domain} is a link shortener: the real shop is hidden behind it.</source>
        <translation>{domain} adalah layanan pemendek tautan: toko sebenarnya tersembunyi di baliknya.</translation>
    </message>
    <message>
        <source>Open the link in the online check to see where it leads, or ask the seller for the shop&apos;s own address.</source>
        <translation>Jalankan pemeriksaan online untuk melihat ke mana tautan ini mengarah, atau minta alamat toko yang asli ke penjual.</translation>
    </message>
    <message>
        <source>Site on a free site builder ({builder})</source>
        <translation>Situs di pembuat situs gratis ({builder})</translation>
    </message>
    <message>
        <source>Many small honest shops use free site builders, but so do short-lived fake shops: the builder says nothing about the seller.</source>
        <translation>Banyak toko kecil yang jujur memakai pembuat situs gratis, begitu juga toko palsu yang cepat hilang: layanan ini tidak menjamin apa pun soal penjualnya.</translation>
    </message>
    <message>
        <source>The address mixes alphabets</source>
        <translation>Alamat mencampur beberapa jenis huruf</translation>
    </message>
    <message>
        <source>{host} mixes letters from {scripts}: a classic way to imitate another address.</source>
        <translation>{host} mencampur huruf {scripts}: cara klasik untuk meniru alamat lain.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s address yourself instead of following this link.</source>
        <translation>Ketik sendiri alamat tokonya, jangan ikuti tautan ini.</translation>
    </message>
    <message>
        <source>International domain name</source>
        <translation>Nama domain internasional</translation>
    </message>
    <message>
        <source>{host} is written as {unicode} in the browser.</source>
        <translation>{host} tampil sebagai {unicode} di browser.</translation>
    </message>
    <message>
        <source>The link is longer than {limit} characters, more than web servers accept. It cannot lead to a real shop; it is broken or made to confuse checkers.</source>
        <translation>Tautan ini lebih panjang dari {limit} karakter, melebihi batas yang diterima server web. Tautan ini tidak mungkin menuju toko sungguhan; tautannya rusak atau dibuat untuk mengelabui pemeriksa.</translation>
    </message>
    <message>
        <source>The site name in the link is longer than the {limit} characters the internet&apos;s name system allows. It cannot lead to a real shop; it is broken or made to confuse checkers.</source>
        <translation>Nama situs dalam tautan lebih panjang dari {limit} karakter yang diizinkan sistem nama internet. Tautan ini tidak mungkin menuju toko sungguhan; tautannya rusak atau dibuat untuk mengelabui pemeriksa.</translation>
    </message>
    <message>
        <source>A part of the site name between two dots is longer than the {limit} characters the internet&apos;s name system allows. It cannot lead to a real shop; it is broken or made to confuse checkers.</source>
        <translation>Salah satu bagian nama situs di antara dua titik lebih panjang dari {limit} karakter yang diizinkan sistem nama internet. Tautan ini tidak mungkin menuju toko sungguhan; tautannya rusak atau dibuat untuk mengelabui pemeriksa.</translation>
    </message>
    <message>
        <source>This link is too long to be real</source>
        <translation>Tautan ini terlalu panjang untuk asli</translation>
    </message>
    <message>
        <source>Do not open it. Ask the seller for the shop&apos;s address and check that.</source>
        <translation>Jangan dibuka. Minta alamat toko kepada penjual dan periksa alamat itu.</translation>
    </message>
</context>
<context>
    <name>Lookalike</name>
    <message>
        <source>May be a local site of {brand}</source>
        <translation>Mungkin situs lokal {brand}</translation>
    </message>
    <message>
        <source>{host} uses the name of {brand} with a country ending; {brand} runs local sites, but this one is not in ShopSafe&apos;s list of its official domains.</source>
        <translation>{host} memakai nama {brand} dengan akhiran negara; {brand} memang punya situs lokal, tetapi situs ini tidak ada dalam daftar domain resmi yang dimiliki ShopSafe.</translation>
    </message>
    <message>
        <source>If in doubt, start from {domain} and follow its own links.</source>
        <translation>Kalau ragu, mulai dari {domain} dan ikuti tautan di situs itu sendiri.</translation>
    </message>
    <message>
        <source>Imitates {brand} ({domain})</source>
        <translation>Meniru {brand} ({domain})</translation>
    </message>
    <message>
        <source>Do not pay or log in here. Type {domain} yourself or use the official app.</source>
        <translation>Jangan bayar atau login di sini. Ketik sendiri {domain} atau pakai aplikasi resminya.</translation>
    </message>
    <message>
        <source>The address shows as {shown} but is really {host}: it is written in {script} letters that look like {domain}. It is not {domain}.</source>
        <translation>Alamat ini tampil sebagai {shown}, tetapi sebenarnya {host}: ditulis dengan huruf {script} yang mirip {domain}. Ini bukan {domain}.</translation>
    </message>
    <message>
        <source>The address shows as {shown} but is really {host}: it uses letters from another alphabet that look like {domain}. It is not {domain}.</source>
        <translation>Alamat ini tampil sebagai {shown}, tetapi sebenarnya {host}: memakai huruf dari abjad lain yang mirip {domain}. Ini bukan {domain}.</translation>
    </message>
    <message>
        <source>{host} uses letters or digits that look alike (such as “rn” for “m” or “0” for “o”) to look like {domain}. It is not {domain}.</source>
        <translation>{host} memakai huruf atau angka yang mirip (seperti “rn” untuk “m” atau “0” untuk “o”) agar terlihat seperti {domain}. Ini bukan {domain}.</translation>
    </message>
    <message>
        <source>{host} puts the name of {brand} in front of a different domain: the site belongs to whoever owns the end of the address.</source>
        <translation>{host} menaruh nama {brand} di depan domain lain: situs ini milik siapa pun pemilik bagian akhir alamatnya.</translation>
    </message>
    <message>
        <source>{host} uses look-alike characters to pass for {domain}.</source>
        <translation>{host} memakai huruf yang mirip supaya terlihat seperti {domain}.</translation>
    </message>
    <message>
        <source>{host} adds words to the name of {brand}; it is not one of the official domains of {brand}.</source>
        <translation>{host} menambahkan kata pada nama {brand}; ini bukan domain resmi {brand}.</translation>
    </message>
    <message>
        <source>{host} moves dots or hyphens around to look like {domain}.</source>
        <translation>{host} menggeser titik atau tanda hubung supaya mirip {domain}.</translation>
    </message>
    <message>
        <source>{host} uses the name of {brand} with a different ending than {domain}.</source>
        <translation>{host} memakai nama {brand} dengan akhiran yang berbeda dari {domain}.</translation>
    </message>
    <message>
        <source>{host} differs from {domain} by a single letter: a typical typo domain.</source>
        <translation>{host} hanya beda satu huruf dari {domain}: domain salah ketik yang khas.</translation>
    </message>
    <message>
        <source>{host} is {domain} with a letter left out.</source>
        <translation>{host} adalah {domain} dengan satu huruf dihilangkan.</translation>
    </message>
    <message>
        <source>{host} is {domain} with an extra letter.</source>
        <translation>{host} adalah {domain} dengan satu huruf tambahan.</translation>
    </message>
    <message>
        <source>{host} is {domain} with a letter doubled.</source>
        <translation>{host} adalah {domain} dengan satu huruf digandakan.</translation>
    </message>
    <message>
        <source>{host} is {domain} with two letters swapped.</source>
        <translation>{host} adalah {domain} dengan dua huruf bertukar tempat.</translation>
    </message>
    <message>
        <source>The seller&apos;s account is named after {brand}</source>
        <translation>Akun penjual memakai nama {brand}</translation>
    </message>
    <message>
        <source>@{handle} uses the name {brand} with other words. Brands sell through verified accounts and their own site ({domain}); accounts like this usually sell fakes or nothing at all.</source>
        <translation>@{handle} memakai nama {brand} ditambah kata lain. Merek resmi berjualan lewat akun terverifikasi dan situsnya sendiri ({domain}); akun seperti ini biasanya menjual barang palsu atau tidak mengirim apa pun.</translation>
    </message>
    <message>
        <source>Check for the platform&apos;s verified badge, or buy from {domain}.</source>
        <translation>Periksa apakah ada lencana terverifikasi dari platform itu, atau beli langsung di {domain}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check a shop</source>
        <translation>Periksa toko</translation>
    </message>
    <message>
        <source>Paste a shop link, a marketplace listing, a social media seller or a phone number, and get an explained verdict before you pay.</source>
        <translation>Tempel tautan toko, produk di marketplace, akun penjual di media sosial, atau nomor telepon, lalu dapatkan penilaian beserta alasannya sebelum Anda membayar.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total biaya</translation>
    </message>
    <message>
        <source>Work out what a purchase really costs, with shipping, fees, tax and vouchers, and compare offers side by side.</source>
        <translation>Hitung berapa sebenarnya harga yang Anda bayar, termasuk ongkir, biaya admin, pajak, dan voucher, lalu bandingkan beberapa penawaran berdampingan.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>Keep the receipts, chats, e-mails and shop pages of every purchase in an encrypted archive that works offline and that your family can share.</source>
        <translation>Simpan struk, chat, email, dan halaman toko dari setiap pembelian dalam arsip terenkripsi yang bisa dibuka tanpa internet dan dipakai bersama keluarga.</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Penjual</translation>
    </message>
    <message>
        <source>The family seller book: mark a shop, phone number, bank account or social account as trusted or as a scam, and every later check warns the others.</source>
        <translation>Buku penjual keluarga: tandai toko, nomor telepon, rekening bank, atau akun media sosial sebagai tepercaya atau penipu, dan setiap pemeriksaan berikutnya akan memperingatkan anggota keluarga lainnya.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language, country, offline mode and the archive.</source>
        <translation>Bahasa, negara, mode offline, dan arsip.</translation>
    </message>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>Halaman ini belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>This page could not be opened. The details are in the log file.</source>
        <translation>Halaman ini tidak dapat dibuka. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Offline mode: ShopSafe uses no network</source>
        <translation>Mode offline: ShopSafe tidak memakai jaringan</translation>
    </message>
    <message>
        <source>Online checks on</source>
        <translation>Pemeriksaan online aktif</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>{description}
Shortcut: {shortcut}</source>
        <translation>{description}
Pintasan: {shortcut}</translation>
    </message>
    <message>
        <source>{page} — ShopSafe</source>
        <translation>{page} — ShopSafe</translation>
    </message>
    <message>
        <source>Cost breakdowns saved before the archive</source>
        <translation>Rincian biaya yang disimpan sebelum ada arsip</translation>
    </message>
    <message numerus="yes">
        <source>%n saved cost breakdown(s) moved into the archive.</source>
        <translation>
            <numerusform>%n rincian biaya tersimpan dipindahkan ke arsip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved cost breakdown(s) could not be read and stay in the costs folder.</source>
        <translation>
            <numerusform>%n rincian biaya tersimpan tidak dapat dibaca dan tetap berada di folder biaya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved cost breakdowns could not be moved into the archive; they stay where they are and will be tried again next time.</source>
        <translation>Rincian biaya yang tersimpan tidak dapat dipindahkan ke arsip; berkasnya tetap di tempatnya dan akan dicoba lagi lain kali.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Family members</source>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Add someone at this PC…</source>
        <translation>Tambah orang di PC ini…</translation>
    </message>
    <message>
        <source>Let someone in with their code…</source>
        <translation>Izinkan masuk dengan kode…</translation>
    </message>
    <message>
        <source>Make organiser</source>
        <translation>Jadikan pengelola</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Keluarkan…</translation>
    </message>
    <message>
        <source>Organisers let members in and remove them. Make a second organiser so that one lost passphrase does not lock the family out.</source>
        <translation>Pengelola mengizinkan anggota masuk dan mengeluarkan mereka. Angkat pengelola kedua agar satu kata sandi yang hilang tidak membuat keluarga terkunci.</translation>
    </message>
    <message>
        <source>Make a plain member</source>
        <translation>Jadikan anggota biasa</translation>
    </message>
    <message>
        <source>Only organisers can add or remove members.</source>
        <translation>Hanya pengelola yang dapat menambah atau mengeluarkan anggota.</translation>
    </message>
    <message>
        <source>Making {name}&apos;s keys…</source>
        <translation>Membuat kunci untuk {name}…</translation>
    </message>
    <message>
        <source>{name} was added and can now open the archive with their own passphrase.</source>
        <translation>{name} sudah ditambahkan dan kini dapat membuka arsip dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>{name} can now open the archive with their own passphrase.</source>
        <translation>{name} kini dapat membuka arsip dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>{name} is now an organiser.</source>
        <translation>{name} kini menjadi pengelola.</translation>
    </message>
    <message>
        <source>{name} is a member again, not an organiser.</source>
        <translation>{name} kembali menjadi anggota, bukan pengelola.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Keluarkan {name}?</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Keluarkan {name}</translation>
    </message>
    <message>
        <source>{name} was removed. Everything added from now on uses a new key that {name} does not have.</source>
        <translation>{name} sudah dikeluarkan. Semua yang ditambahkan mulai sekarang memakai kunci baru yang tidak dimiliki {name}.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Akses</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Anda)</translation>
    </message>
    <message>
        <source>Has access</source>
        <translation>Punya akses</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Tanpa akses</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Gabungkan penjual ganda</translation>
    </message>
    <message>
        <source>Merge this seller into “{name}”. Its phone numbers, accounts, links, orders and verdicts all move to “{name}”; this is recorded under your name.</source>
        <translation>Gabungkan penjual ini ke “{name}”. Nomor telepon, rekening, tautan, pesanan dan penilaiannya semua pindah ke “{name}”; ini dicatat atas nama Anda.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>The seller wants the money before sending anything</source>
        <translation>Penjual minta uang dulu sebelum mengirim apa pun</translation>
    </message>
    <message>
        <source>The message asks you to pay first (“{phrase}”) by transfer or e-wallet. Money sent this way cannot be taken back if the goods never come.</source>
        <translation>Pesan ini meminta Anda membayar lebih dulu (“{phrase}”) lewat transfer atau dompet digital. Uang yang dikirim dengan cara ini tidak bisa ditarik kembali kalau barangnya tidak pernah datang.</translation>
    </message>
    <message>
        <source>Pay through the marketplace checkout, a trusted escrow you choose, or cash on delivery.</source>
        <translation>Bayar lewat checkout marketplace, rekber tepercaya pilihan Anda sendiri, atau COD.</translation>
    </message>
    <message>
        <source>A shop, but the account belongs to a person</source>
        <translation>Mengaku toko, tapi rekeningnya milik perorangan</translation>
    </message>
    <message>
        <source>The message speaks for a shop or company, yet the money goes to {holder}, a private person.</source>
        <translation>Pesan ini mengatasnamakan toko atau perusahaan, tetapi uangnya masuk ke {holder}, seorang perorangan.</translation>
    </message>
    <message>
        <source>Ask why the company has no company account. Check the account number on a scam-report site before you pay.</source>
        <translation>Tanyakan mengapa perusahaan tidak memakai rekening perusahaan. Cek nomor rekeningnya di situs laporan penipuan sebelum membayar.</translation>
    </message>
    <message>
        <source>The account number belongs to another bank</source>
        <translation>Nomor rekening ini milik bank lain</translation>
    </message>
    <message>
        <source>The message names {claimed}, but the CLABE {value} belongs to {actual}. The account is not what the seller says it is.</source>
        <translation>Pesan ini menyebut {claimed}, tetapi CLABE {value} milik {actual}. Rekening ini bukan seperti yang dikatakan penjual.</translation>
    </message>
    <message>
        <source>Do not pay into this account.</source>
        <translation>Jangan membayar ke rekening ini.</translation>
    </message>
    <message>
        <source>An app or .apk file sent in the chat</source>
        <translation>Aplikasi atau file .apk dikirim lewat chat</translation>
    </message>
    <message>
        <source>The message asks you to open or install “{phrase}”. Apps sent in chats are used to take over phones and empty bank accounts.</source>
        <translation>Pesan ini meminta Anda membuka atau memasang “{phrase}”. Aplikasi yang dikirim lewat chat dipakai untuk membajak HP dan menguras rekening.</translation>
    </message>
    <message>
        <source>Do not open it. Install apps only from your phone&apos;s official app store.</source>
        <translation>Jangan dibuka. Pasang aplikasi hanya dari toko aplikasi resmi di HP Anda.</translation>
    </message>
    <message>
        <source>The seller asks for a code, PIN or OTP</source>
        <translation>Penjual meminta kode, PIN, atau OTP</translation>
    </message>
    <message>
        <source>“{phrase}”: a code sent to your phone lets someone else into your account or approves a payment. No honest seller needs it.</source>
        <translation>“{phrase}”: kode yang dikirim ke HP Anda bisa membuka akun Anda untuk orang lain atau menyetujui pembayaran. Penjual yang jujur tidak pernah membutuhkannya.</translation>
    </message>
    <message>
        <source>Never share an OTP, PIN or verification code with anyone.</source>
        <translation>Jangan pernah memberikan OTP, PIN, atau kode verifikasi kepada siapa pun.</translation>
    </message>
    <message>
        <source>The seller wants to leave the marketplace</source>
        <translation>Penjual mengajak bertransaksi di luar marketplace</translation>
    </message>
    <message>
        <source>“{phrase}”: outside the marketplace you lose its buyer protection and refunds.</source>
        <translation>“{phrase}”: di luar marketplace Anda kehilangan perlindungan pembeli dan jaminan uang kembali.</translation>
    </message>
    <message>
        <source>Stay in the marketplace chat and pay only through its checkout.</source>
        <translation>Tetap di chat marketplace dan bayar hanya lewat checkout-nya.</translation>
    </message>
    <message>
        <source>A payment request presented as money for you</source>
        <translation>Permintaan pembayaran yang disamarkan sebagai uang untuk Anda</translation>
    </message>
    <message>
        <source>“{phrase}”: accepting a Bizum or payment request sends your money to the other person. To receive money you never accept anything.</source>
        <translation>“{phrase}”: menyetujui permintaan Bizum atau permintaan pembayaran justru mengirim uang Anda ke orang itu. Untuk menerima uang, Anda tidak perlu menyetujui apa pun.</translation>
    </message>
    <message>
        <source>Reject the request. Nobody needs your approval to send you money.</source>
        <translation>Tolak permintaannya. Tidak ada yang butuh persetujuan Anda untuk mengirimi Anda uang.</translation>
    </message>
    <message>
        <source>The seller chooses the escrow</source>
        <translation>Penjual yang menentukan rekber</translation>
    </message>
    <message>
        <source>“{phrase}”: an escrow chosen by the seller, or one that wants a fee first, is often a fake site run by the same people.</source>
        <translation>“{phrase}”: rekber pilihan penjual, atau rekber yang minta biaya di depan, sering kali situs palsu milik komplotan yang sama.</translation>
    </message>
    <message>
        <source>Choose the escrow yourself, one you already know, and never pay a fee up front to “activate” it.</source>
        <translation>Pilih sendiri rekber yang sudah Anda kenal, dan jangan pernah membayar biaya di depan untuk “mengaktifkannya”.</translation>
    </message>
    <message>
        <source>A small delivery or customs fee</source>
        <translation>Biaya kirim atau bea cukai kecil</translation>
    </message>
    <message>
        <source>“{phrase}”: messages asking for a small redelivery or customs fee, often with a link, are used to steal card details.</source>
        <translation>“{phrase}”: pesan yang meminta biaya kirim ulang atau bea cukai kecil, sering disertai tautan, dipakai untuk mencuri data kartu.</translation>
    </message>
    <message>
        <source>Do not pay through the link. Check the tracking number on the courier&apos;s own website or app.</source>
        <translation>Jangan membayar lewat tautan itu. Cek nomor resi di situs atau aplikasi resmi kurirnya.</translation>
    </message>
    <message>
        <source>“I transferred to you by mistake”</source>
        <translation>“Saya salah transfer ke Anda”</translation>
    </message>
    <message>
        <source>“{phrase}”: money sent “by mistake” is often a loan taken in your name or stolen money; sending it back makes you pay twice.</source>
        <translation>“{phrase}”: uang yang “salah transfer” sering kali pinjaman atas nama Anda atau uang curian; kalau Anda kirim balik, Anda bisa rugi dua kali.</translation>
    </message>
    <message>
        <source>Do not send anything back yourself. Ask your bank to reverse the transfer.</source>
        <translation>Jangan mengembalikan sendiri. Minta bank Anda membatalkan transfer itu.</translation>
    </message>
    <message>
        <source>Pressure to decide quickly</source>
        <translation>Desakan untuk cepat memutuskan</translation>
    </message>
    <message>
        <source>“{phrase}”: hurry is how a buyer is kept from checking the seller.</source>
        <translation>“{phrase}”: desakan seperti ini membuat pembeli tidak sempat mengecek penjualnya.</translation>
    </message>
    <message>
        <source>Take your time. A real offer is still there after you have checked.</source>
        <translation>Jangan terburu-buru. Penawaran yang asli masih ada setelah Anda mengecek.</translation>
    </message>
    <message>
        <source>A discount too good to be true</source>
        <translation>Diskon yang terlalu bagus untuk jadi kenyataan</translation>
    </message>
    <message>
        <source>“{phrase}”: discounts this large on goods that are never cheap are the classic bait of fake sellers.</source>
        <translation>“{phrase}”: diskon sebesar ini untuk barang yang tidak pernah murah adalah umpan khas penjual palsu.</translation>
    </message>
    <message>
        <source>Compare the price with the brand&apos;s own shop and well-known sellers.</source>
        <translation>Bandingkan harganya dengan toko resmi mereknya dan penjual yang sudah dikenal.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>its name could not be looked up</source>
        <translation>namanya tidak dapat ditemukan</translation>
    </message>
    <message>
        <source>the network could not be reached</source>
        <translation>jaringan tidak dapat dijangkau</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>sambungan ditolak</translation>
    </message>
    <message>
        <source>the connection was cut off</source>
        <translation>sambungan terputus</translation>
    </message>
    <message>
        <source>it took too long to answer</source>
        <translation>jawabannya terlalu lama</translation>
    </message>
    <message>
        <source>its certificate could not be verified</source>
        <translation>sertifikatnya tidak dapat diverifikasi</translation>
    </message>
    <message>
        <source>no secure connection could be set up</source>
        <translation>sambungan aman tidak dapat dibuat</translation>
    </message>
    <message>
        <source>its answer was not valid</source>
        <translation>jawabannya tidak valid</translation>
    </message>
    <message>
        <source>an unexpected network error (the details are in the log file)</source>
        <translation>terjadi kesalahan jaringan yang tidak terduga (rinciannya ada di file log)</translation>
    </message>
    <message>
        <source>it signed its own certificate</source>
        <extracomment>Reasons that, for every address tried, mean this computer is not on the internet.</extracomment>
        <translation>sertifikatnya ditandatangani sendiri</translation>
    </message>
    <message>
        <source>the authority that issued it is not known</source>
        <translation>penerbit sertifikatnya tidak dikenal</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>sertifikatnya tidak dapat diverifikasi</translation>
    </message>
    <message>
        <source>The shop could not be reached.</source>
        <translation>Toko tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Offline mode is on, so nothing was fetched.</source>
        <translation>Mode offline aktif, jadi tidak ada yang diunduh.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} seconds.</source>
        <translation>{url} tidak menjawab dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>{url} sent more than {limit} KB; the rest was not read.</source>
        <translation>{url} mengirim lebih dari {limit} KB; sisanya tidak dibaca.</translation>
    </message>
    <message>
        <source>{url} leads to the private or local address {address}; ShopSafe does not follow a shop into your own network.</source>
        <translation>{url} mengarah ke alamat privat atau lokal {address}; ShopSafe tidak mengikuti toko masuk ke jaringan Anda sendiri.</translation>
    </message>
    <message>
        <source>{url} redirected more than {limit} times.</source>
        <translation>{url} dialihkan lebih dari {limit} kali.</translation>
    </message>
    <message>
        <source>{url} is not an http or https address.</source>
        <translation>{url} bukan alamat http atau https.</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}</source>
        <translation>Koneksi aman ke {url} gagal: {reason}</translation>
    </message>
    <message>
        <source>{url} could not be fetched: {reason}</source>
        <translation>{url} tidak dapat diunduh: {reason}</translation>
    </message>
    <message>
        <source>Use --resolve HOST:ADDRESS or HOST:ADDRESS:PORT, not {text}.</source>
        <translation>Gunakan --resolve HOST:ALAMAT atau HOST:ALAMAT:PORT, bukan {text}.</translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <source>News from your family</source>
        <translation>Kabar dari keluarga Anda</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>New from your family since your last visit ({when})</source>
        <translation>Baru dari keluarga Anda sejak kunjungan terakhir ({when})</translation>
    </message>
    <message>
        <source>New from your family</source>
        <translation>Baru dari keluarga Anda</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>seorang anggota</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>Read as {amount}</source>
        <translation>Dibaca sebagai {amount}</translation>
    </message>
    <message>
        <source>1 {source} in {target}</source>
        <translation>1 {source} dalam {target}</translation>
    </message>
    <message>
        <source>leave empty to use it</source>
        <translation>kosongkan untuk memakai kurs ini</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Fees and payment</source>
        <translation>Biaya dan pembayaran</translation>
    </message>
    <message>
        <source>Tax and duty</source>
        <translation>Pajak dan bea</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Shop or seller</source>
        <translation>Toko atau penjual</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Price per item</source>
        <translation>Harga per barang</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Price seen by the shop check</source>
        <translation>Harga saat toko diperiksa</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <source>Free shipping from</source>
        <translation>Gratis ongkir mulai</translation>
    </message>
    <message>
        <source>Shipping voucher</source>
        <translation>Voucher ongkir</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Asuransi</translation>
    </message>
    <message>
        <source>Handling fee</source>
        <translation>Biaya penanganan</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya admin</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Biaya layanan</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>Biaya pembayaran</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Pajak %</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Harga sudah termasuk pajak</translation>
    </message>
    <message>
        <source>Import duty %</source>
        <translation>Bea masuk %</translation>
    </message>
    <message>
        <source>Voucher cap</source>
        <translation>Maks. potongan</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>Minimal belanja</translation>
    </message>
    <message>
        <source>e.g. Rp 125.000, 50rb, 1,5jt, 1.234,56 € or $19.99</source>
        <translation>mis. Rp 125.000, 50rb, 1,5jt, 1.234,56 € atau $19.99</translation>
    </message>
    <message>
        <source>a percentage of the goods, an amount, or both: 0,5 % + Rp 2.000</source>
        <translation>persentase dari harga barang, nominal, atau keduanya: 0,5 % + Rp 2.000</translation>
    </message>
    <message>
        <source>e.g. 2,9 % + Rp 1.000</source>
        <translation>mis. 2,9 % + Rp 1.000</translation>
    </message>
    <message>
        <source>an amount or a percentage, e.g. 10 % or Rp 20.000</source>
        <translation>nominal atau persentase, mis. 10 % atau Rp 20.000</translation>
    </message>
    <message>
        <source>leave empty if there is no free shipping</source>
        <translation>kosongkan jika tidak ada gratis ongkir</translation>
    </message>
    <message>
        <source>at most this much off the shipping, e.g. 20rb</source>
        <translation>potongan ongkir paling banyak sebesar ini, mis. 20rb</translation>
    </message>
    <message>
        <source>optional: the price the shop showed when you checked it</source>
        <translation>opsional: harga yang tampil saat Anda memeriksa toko</translation>
    </message>
    <message>
        <source>I pay {amount}</source>
        <translation>Saya bayar {amount}</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per unit ({currency})</source>
        <translation>Per barang ({currency})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Total ({currency})</source>
        <translation>Total ({currency})</translation>
    </message>
    <message>
        <source>Offer {number}</source>
        <translation>Penawaran {number}</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Termurah</translation>
    </message>
    <message>
        <source>Suspiciously cheap</source>
        <translation>Murah mencurigakan</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Harga berubah</translation>
    </message>
    <message>
        <source>No exchange rate</source>
        <translation>Tidak ada kurs</translation>
    </message>
    <message>
        <source>Fields to fix: {count}</source>
        <translation>Isian perlu diperbaiki: {count}</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <extracomment>The lowest zxcvbn score accepted without &quot;use it anyway&quot; (3: &quot;safely unguessable&quot;).</extracomment>
        <translation>Sangat lemah</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sangat kuat</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>Ini kata sandi yang umum dipakai.</translation>
    </message>
    <message>
        <source>Names on their own are easy to guess.</source>
        <translation>Nama saja mudah ditebak.</translation>
    </message>
    <message>
        <source>A single word is easy to guess.</source>
        <translation>Satu kata saja mudah ditebak.</translation>
    </message>
    <message>
        <source>Rows of keys on the keyboard are easy to guess.</source>
        <translation>Deretan tombol di papan ketik mudah ditebak.</translation>
    </message>
    <message>
        <source>Repeated characters or words are easy to guess.</source>
        <translation>Huruf atau kata yang diulang mudah ditebak.</translation>
    </message>
    <message>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Urutan seperti abc atau 6543 mudah ditebak.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Tanggal dan tahun mudah ditebak.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Terlalu pendek.</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a sentence only you would think of.</source>
        <translation>Pakai empat kata atau lebih yang tidak saling berhubungan, atau kalimat yang hanya terpikir oleh Anda.</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>bank transfer</source>
        <extracomment>The payment method families desktop.checks.signals recognises, in words.</extracomment>
        <translation>transfer bank</translation>
    </message>
    <message>
        <source>cash on delivery</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>escrow</source>
        <translation>rekber</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>pay later</source>
        <translation>paylater</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>dompet digital</translation>
    </message>
    <message>
        <source>cryptocurrency</source>
        <translation>kripto</translation>
    </message>
    <message>
        <source>gift cards</source>
        <translation>kartu hadiah</translation>
    </message>
    <message>
        <source>cash deposit</source>
        <translation>setoran tunai</translation>
    </message>
    <message>
        <source>payment to a phone number</source>
        <translation>pembayaran ke nomor telepon</translation>
    </message>
    <message>
        <source>money-transfer service</source>
        <translation>layanan pengiriman uang</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Languages the interface is translated into; English is the source language. To add one, add it here and to LANGUAGE_CHOICES, and to LANGUAGES in tools/i18n.py, then run ``python tools/i18n.py update`` and fill the new ``resources/i18n/desktop_&lt;code&gt;.ts``. Setting values with their names, each written in its own language so anyone can find theirs.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>RatesBar</name>
    <message>
        <source>Update rates</source>
        <extracomment>The rates in use, or ``None`` before any were read or fetched. Where the ECB file comes from and extra CheckOptions fields (tests, diagnostics).</extracomment>
        <translation>Perbarui kurs</translation>
    </message>
    <message>
        <source>Fetch today&apos;s euro reference rates from the ECB</source>
        <translation>Ambil kurs acuan euro hari ini dari ECB</translation>
    </message>
    <message>
        <source>Fetching the ECB reference rates…</source>
        <translation>Mengambil kurs acuan ECB…</translation>
    </message>
    <message>
        <source>ECB reference rates of {date}.</source>
        <translation>Kurs acuan ECB tanggal {date}.</translation>
    </message>
    <message>
        <source>No reference rates yet: type a rate for offers in other currencies.</source>
        <translation>Belum ada kurs acuan: ketik kurs untuk penawaran dalam mata uang lain.</translation>
    </message>
</context>
<context>
    <name>RdapCheck</name>
    <message>
        <source>The domain registry could not be asked.</source>
        <translation>Registri domain tidak bisa dimintai data.</translation>
    </message>
    <message>
        <source>The RDAP bootstrap file is not valid.</source>
        <translation>Berkas bootstrap RDAP tidak valid.</translation>
    </message>
    <message>
        <source>The RDAP bootstrap file could not be downloaded.</source>
        <translation>Berkas bootstrap RDAP tidak dapat diunduh.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was not a domain record.</source>
        <translation>Jawaban registri bukan data domain.</translation>
    </message>
    <message>
        <source>The registry of .{tld} offers no RDAP service.</source>
        <translation>Registri .{tld} tidak menyediakan layanan RDAP.</translation>
    </message>
    <message>
        <source>The registry has no record of {domain}.</source>
        <translation>Registri tidak punya catatan tentang {domain}.</translation>
    </message>
    <message>
        <source>The registry answered with HTTP status {status}.</source>
        <translation>Registri menjawab dengan status HTTP {status}.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was not valid JSON.</source>
        <translation>Jawaban registri bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>Domain age unknown</source>
        <translation>Umur domain tidak diketahui</translation>
    </message>
    <message>
        <source>Search the shop&apos;s name with &quot;scam&quot; or &quot;penipuan&quot; and look for reviews older than a few months.</source>
        <translation>Cari nama toko dengan kata &quot;penipuan&quot; atau &quot;scam&quot;, dan cari ulasan yang sudah berumur beberapa bulan.</translation>
    </message>
    <message>
        <source>An IP address has no domain registration to look up.</source>
        <translation>Alamat IP tidak punya data pendaftaran domain yang bisa diperiksa.</translation>
    </message>
    <message>
        <source>The registry could not be reached: {reason}</source>
        <translation>Registri tidak dapat dihubungi: {reason}</translation>
    </message>
    <message>
        <source>The registry did not say when {domain} was registered.</source>
        <translation>Registri tidak menyebutkan kapan {domain} didaftarkan.</translation>
    </message>
    <message>
        <source>Very new domain: registered {age} ago</source>
        <translation>Domain sangat baru: didaftarkan {age} yang lalu</translation>
    </message>
    <message>
        <source>Young domain: registered {age} ago</source>
        <translation>Domain masih muda: didaftarkan {age} yang lalu</translation>
    </message>
    <message>
        <source>Domain registered {age} ago</source>
        <translation>Domain didaftarkan {age} yang lalu</translation>
    </message>
    <message>
        <source>{domain} was registered on {date}. Fake shops usually live on domains only days or weeks old, but a new shop also starts this way: this alone does not make it a scam.</source>
        <translation>{domain} didaftarkan pada {date}. Toko palsu biasanya memakai domain yang baru berumur beberapa hari atau minggu, tetapi toko baru yang jujur juga mulai dengan cara ini: hal ini saja tidak membuktikan penipuan.</translation>
    </message>
    <message>
        <source>Be careful with a shop this new: pay only in a way that protects you (card, PayPal, escrow or cash on delivery), never by transfer.</source>
        <translation>Hati-hati dengan toko sebaru ini: bayar hanya dengan cara yang melindungi Anda (kartu, PayPal, rekber, atau COD), jangan pernah lewat transfer.</translation>
    </message>
    <message>
        <source>{domain} was registered on {date}, less than six months ago. Many honest shops are this young; weigh it together with the other findings.</source>
        <translation>{domain} didaftarkan pada {date}, kurang dari enam bulan lalu. Banyak toko jujur yang semuda ini; pertimbangkan bersama temuan lainnya.</translation>
    </message>
    <message>
        <source>{domain} was registered on {date}. An older domain is a good sign, though not a guarantee.</source>
        <translation>{domain} didaftarkan pada {date}. Domain yang sudah lama adalah tanda baik, meski bukan jaminan.</translation>
    </message>
    <message>
        <source>transfer to another registrar</source>
        <translation>pemindahan ke registrar lain</translation>
    </message>
    <message>
        <source>new registration</source>
        <translation>pendaftaran ulang</translation>
    </message>
    <message>
        <source>re-instantiation after deletion</source>
        <translation>pemulihan setelah dihapus</translation>
    </message>
    <message>
        <source>Old domain that changed hands recently</source>
        <translation>Domain lama yang baru saja berpindah tangan</translation>
    </message>
    <message>
        <source>{domain} was registered on {registered}, but the registry records a {event} on {date} ({days} days ago). Fake shops buy old domains because an old date looks trustworthy; the age of this domain says little about who runs the shop today.</source>
        <translation>{domain} didaftarkan pada {registered}, tetapi registri mencatat {event} pada {date} ({days} hari lalu). Toko palsu membeli domain lama karena tanggal yang lama terlihat tepercaya; umur domain ini tidak banyak menjelaskan siapa yang menjalankan toko sekarang.</translation>
    </message>
    <message>
        <source>{domain} was registered on {registered}, but its registry status says &quot;{status}&quot;: it is moving to another registrar or came back from deletion. Fake shops buy old domains because an old date looks trustworthy.</source>
        <translation>{domain} didaftarkan pada {registered}, tetapi status registrinya &quot;{status}&quot;: domain ini sedang pindah ke registrar lain atau baru kembali dari penghapusan. Toko palsu membeli domain lama karena tanggal yang lama terlihat tepercaya.</translation>
    </message>
    <message>
        <source>Do not trust the shop for its domain&apos;s age. Look for reviews written after the change, and pay only in a way that protects you.</source>
        <translation>Jangan percaya toko ini hanya karena umur domainnya. Cari ulasan yang ditulis setelah perubahan itu, dan bayar hanya dengan cara yang melindungi Anda.</translation>
    </message>
    <message>
        <source>Domain registration changed {days} days ago</source>
        <translation>Pendaftaran domain diubah {days} hari lalu</translation>
    </message>
    <message>
        <source>{domain} was registered on {registered} and its registration was last changed on {date}. That can be a renewal, or a new owner; the domain&apos;s age alone does not vouch for the shop.</source>
        <translation>{domain} didaftarkan pada {registered} dan pendaftarannya terakhir diubah pada {date}. Itu bisa perpanjangan, atau pemilik baru; umur domain saja tidak menjamin toko ini.</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>the registry offers no RDAP service</source>
        <translation>registri tidak menyediakan layanan RDAP</translation>
    </message>
    <message>
        <source>the registry has no record of the domain</source>
        <translation>registri tidak punya catatan domain ini</translation>
    </message>
    <message>
        <source>the registry answered with an error</source>
        <translation>registri menjawab dengan pesan kesalahan</translation>
    </message>
    <message>
        <source>the registry&apos;s answer could not be read</source>
        <translation>jawaban registri tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the registry&apos;s answer could not be used</source>
        <translation>jawaban registri tidak dapat dipakai</translation>
    </message>
    <message>
        <source>the registry could not be reached</source>
        <translation>registri tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>an IP address has no domain registration</source>
        <translation>alamat IP tidak punya pendaftaran domain</translation>
    </message>
    <message>
        <source>the registry gave no registration date</source>
        <translation>registri tidak menyebutkan tanggal pendaftaran</translation>
    </message>
    <message>
        <source>the check failed or ran out of time</source>
        <translation>pemeriksaan gagal atau kehabisan waktu</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>mode offline aktif</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>tidak ada jawaban tepat waktu</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>jawabannya terlalu besar</translation>
    </message>
    <message>
        <source>private or local address</source>
        <translation>alamat privat atau lokal</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>terlalu banyak pengalihan</translation>
    </message>
    <message>
        <source>not an http or https address</source>
        <translation>bukan alamat http atau https</translation>
    </message>
    <message>
        <source>the whole link is too long</source>
        <translation>seluruh tautan terlalu panjang</translation>
    </message>
    <message>
        <source>the site name is too long</source>
        <translation>nama situs terlalu panjang</translation>
    </message>
    <message>
        <source>a part of the site name is too long</source>
        <translation>salah satu bagian nama situs terlalu panjang</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>membacanya memakan waktu terlalu lama</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>ukurannya terlalu besar</translation>
    </message>
    <message>
        <source>its markup is broken</source>
        <translation>kode halamannya rusak</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>The amount “{text}” cannot be read in one way only: check it on the receipt.</source>
        <translation>Jumlah “{text}” tidak bisa dibaca dengan satu cara saja: periksa di struknya.</translation>
    </message>
    <message>
        <source>The receipt shows two different amounts for the same thing: {first} and {second} {currency}.</source>
        <translation>Struk ini menunjukkan dua jumlah berbeda untuk hal yang sama: {first} dan {second} {currency}.</translation>
    </message>
    <message>
        <source>The tax id {value} is not a valid {scheme}: the receipt may be mistyped, misread or made up.</source>
        <translation>Nomor pajak {value} bukan {scheme} yang sah: struk ini mungkin salah ketik, salah terbaca, atau dibuat-buat.</translation>
    </message>
    <message>
        <source>The receipt is dated {date}, which is after today.</source>
        <translation>Struk ini bertanggal {date}, yaitu setelah hari ini.</translation>
    </message>
    <message>
        <source>The amounts on this receipt are in different currencies.</source>
        <translation>Jumlah-jumlah di struk ini memakai mata uang yang berbeda.</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} minus discount {discount} plus shipping {shipping}, service {service} and tax {tax} does not make the total {total} {currency}.</source>
        <translation>Subtotal {subtotal} dikurangi diskon {discount} ditambah ongkos kirim {shipping}, biaya layanan {service} dan pajak {tax} tidak sama dengan total {total} {currency}.</translation>
    </message>
    <message>
        <source>Tax base {base} plus tax {tax} does not make the total {total} {currency}.</source>
        <translation>DPP {base} ditambah pajak {tax} tidak sama dengan total {total} {currency}.</translation>
    </message>
    <message>
        <source>Paid {paid} minus the total {total} is not the change {change} {currency}.</source>
        <translation>Dibayar {paid} dikurangi total {total} tidak sama dengan kembalian {change} {currency}.</translation>
    </message>
    <message>
        <source>Paid {paid} is less than the total {total} {currency}.</source>
        <translation>Yang dibayar {paid} kurang dari total {total} {currency}.</translation>
    </message>
    <message>
        <source>A screenshot is not a payment: anyone can edit one. Check that the money really moved in your own account statement (mutasi).</source>
        <translation>Tangkapan layar bukan bukti pembayaran: siapa pun bisa mengeditnya. Pastikan uangnya benar-benar berpindah di mutasi rekening Anda sendiri.</translation>
    </message>
    <message>
        <source>A screenshot is not a payment: anyone can edit one. Check the transfer with its clave de rastreo on Banxico&apos;s CEP (banxico.org.mx/cep) or in your own account statement.</source>
        <translation>Tangkapan layar bukan bukti pembayaran: siapa pun bisa mengeditnya. Periksa transfernya dengan clave de rastreo di CEP Banxico (banxico.org.mx/cep) atau di mutasi rekening Anda sendiri.</translation>
    </message>
    <message>
        <source>The amount “{text}” cannot be read in one way only: check it on the proof.</source>
        <translation>Jumlah “{text}” tidak bisa dibaca dengan satu cara saja: periksa di buktinya.</translation>
    </message>
    <message>
        <source>The proof shows no reference number, so the transfer cannot be traced.</source>
        <translation>Bukti ini tidak menunjukkan nomor referensi, jadi transfernya tidak bisa dilacak.</translation>
    </message>
    <message>
        <source>No amount could be read from the proof.</source>
        <translation>Tidak ada jumlah yang bisa dibaca dari bukti ini.</translation>
    </message>
    <message>
        <source>The proof shows no date and time of the transfer.</source>
        <translation>Bukti ini tidak menunjukkan tanggal dan jam transfer.</translation>
    </message>
    <message>
        <source>The proof is dated in the future ({when}): it cannot be real as shown.</source>
        <translation>Bukti ini bertanggal di masa depan ({when}): tidak mungkin asli seperti yang terlihat.</translation>
    </message>
    <message>
        <source>The proof&apos;s date ({when}) is not plausible.</source>
        <translation>Tanggal bukti ini ({when}) tidak masuk akal.</translation>
    </message>
    <message>
        <source>The proof shows {shown} {shown_currency}, but the order&apos;s total is {expected} {currency}.</source>
        <translation>Bukti ini menunjukkan {shown} {shown_currency}, padahal total pesanan {expected} {currency}.</translation>
    </message>
    <message>
        <source>The proof does not show the account the money went to.</source>
        <translation>Bukti ini tidak menunjukkan rekening tujuan uangnya.</translation>
    </message>
    <message>
        <source>The proof hides part of the account ({shown}): only its last digits match the seller&apos;s.</source>
        <translation>Bukti ini menyembunyikan sebagian nomor rekening ({shown}): hanya digit terakhirnya yang cocok dengan rekening penjual.</translation>
    </message>
    <message>
        <source>The money went to account {shown}, not to the seller&apos;s account {expected}.</source>
        <translation>Uangnya masuk ke rekening {shown}, bukan ke rekening penjual {expected}.</translation>
    </message>
    <message>
        <source>The CLABE {clabe} fails its check digit: no bank account has this number, so the proof was mistyped, misread or made up.</source>
        <translation>Digit pemeriksa CLABE {clabe} tidak cocok: tidak ada rekening bank dengan nomor ini, jadi bukti ini salah ketik, salah baca, atau dibuat-buat.</translation>
    </message>
    <message>
        <source>The picture&apos;s metadata says it was saved by {software}, a picture editor. A real proof comes straight from the bank&apos;s app: look closer.</source>
        <translation>Metadata gambar ini menyebut gambar disimpan oleh {software}, aplikasi penyunting foto. Bukti asli langsung berasal dari aplikasi bank: periksa lebih teliti.</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <source>a private person</source>
        <extracomment>Who a payment instruction sends the money to (desktop.checks.payment), in words.</extracomment>
        <translation>perorangan</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>sebuah perusahaan</translation>
    </message>
    <message>
        <source>a trade name without a company form</source>
        <translation>nama dagang tanpa badan usaha</translation>
    </message>
    <message>
        <source>holder not named</source>
        <translation>pemilik rekening tidak disebut</translation>
    </message>
</context>
<context>
    <name>RegistryKind</name>
    <message>
        <source>brand</source>
        <translation>merek</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>toko</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>marketplace</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>payment provider</source>
        <translation>layanan pembayaran</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>dompet digital</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>jasa kirim</translation>
    </message>
    <message>
        <source>government</source>
        <translation>instansi pemerintah</translation>
    </message>
    <message>
        <source>social network</source>
        <translation>media sosial</translation>
    </message>
    <message>
        <source>online service</source>
        <translation>layanan online</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>ShopSafe report: {subject}</source>
        <translation>Laporan ShopSafe: {subject}</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Tidak diperiksa:</translation>
    </message>
    <message>
        <source>Checked on {when}</source>
        <translation>Diperiksa pada {when}</translation>
    </message>
    <message>
        <source>Made by ShopSafe. The verdict is advice, not proof.</source>
        <translation>Dibuat oleh ShopSafe. Penilaian ini adalah saran, bukan bukti.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Yang diperiksa</translation>
    </message>
    <message>
        <source>Your own checks</source>
        <translation>Pemeriksaan mandiri</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Tidak ada temuan.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Yang perlu dilakukan:</translation>
    </message>
    <message>
        <source>Contacts and policies found</source>
        <translation>Kontak dan kebijakan yang ditemukan</translation>
    </message>
    <message>
        <source>The page as it was fetched</source>
        <translation>Halaman saat diambil</translation>
    </message>
    <message>
        <source>Price shown</source>
        <translation>Harga yang tertera</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Yang ditempel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Diambil pada</translation>
    </message>
</context>
<context>
    <name>RunCheck</name>
    <message>
        <source>HTTPS could not be checked</source>
        <translation>HTTPS tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>Domain age unknown</source>
        <translation>Umur domain tidak diketahui</translation>
    </message>
    <message>
        <source>The shop&apos;s pages could not be read</source>
        <translation>Halaman toko tidak dapat dibaca</translation>
    </message>
    <message>
        <source>This check failed unexpectedly.</source>
        <translation>Pemeriksaan ini gagal secara tak terduga.</translation>
    </message>
    <message>
        <source>This check did not finish within {seconds} seconds.</source>
        <translation>Pemeriksaan ini tidak selesai dalam {seconds} detik.</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Sirilik</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Yunani</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arab</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Ibrani</translation>
    </message>
    <message>
        <source>Cherokee</source>
        <translation>Cherokee</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tionghoa</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Hangul</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Belum tahu</translation>
    </message>
    <message>
        <source>Searching the seller&apos;s name with “scam” found no complaints.</source>
        <translation>Pencarian nama penjual dengan kata “penipuan” tidak menemukan keluhan.</translation>
    </message>
    <message>
        <source>Use the search buttons below: they look up the seller&apos;s name or shop together with “penipuan”, “estafa” and “scam”. Read the results, not only the titles.</source>
        <translation>Pakai tombol pencarian di bawah: nama penjual atau tokonya akan dicari bersama kata “penipuan”, “estafa” dan “scam”. Baca isinya, jangan hanya judulnya.</translation>
    </message>
    <message>
        <source>Other buyers report this seller as a scam.</source>
        <translation>Pembeli lain melaporkan penjual ini sebagai penipu.</translation>
    </message>
    <message>
        <source>The bank account or e-wallet number is not reported on cekrekening.id.</source>
        <translation>Nomor rekening atau dompet digital penjual tidak dilaporkan di cekrekening.id.</translation>
    </message>
    <message>
        <source>Open cekrekening.id (from the Indonesian Ministry of Communication) and enter the account number the seller gave you.</source>
        <translation>Buka cekrekening.id (layanan Kementerian Komunikasi) lalu masukkan nomor rekening yang diberikan penjual.</translation>
    </message>
    <message>
        <source>The seller&apos;s bank account has been reported for fraud.</source>
        <translation>Rekening penjual sudah pernah dilaporkan terkait penipuan.</translation>
    </message>
    <message>
        <source>The seller sent a new photo or video of the item when you asked.</source>
        <translation>Penjual mengirim foto atau video baru barangnya saat Anda minta.</translation>
    </message>
    <message>
        <source>Ask for a photo of the item next to a paper with your name and today&apos;s date, or a short video call. Stolen catalogue pictures are the usual trick.</source>
        <translation>Minta foto barang di samping kertas bertuliskan nama Anda dan tanggal hari ini, atau video call singkat. Foto katalog curian adalah trik yang paling sering dipakai.</translation>
    </message>
    <message>
        <source>The seller could not show the item itself.</source>
        <translation>Penjual tidak bisa menunjukkan barangnya sendiri.</translation>
    </message>
    <message>
        <source>You called the seller&apos;s number and a real person answered.</source>
        <translation>Anda sudah menelepon nomor penjual dan diangkat oleh orang sungguhan.</translation>
    </message>
    <message>
        <source>Call, do not only chat. Ask a question only the real shop can answer, such as where to pick the item up.</source>
        <translation>Telepon, jangan hanya chat. Tanyakan hal yang hanya bisa dijawab toko asli, misalnya di mana barang bisa diambil.</translation>
    </message>
    <message>
        <source>Nobody answers the seller&apos;s phone.</source>
        <translation>Telepon penjual tidak pernah diangkat.</translation>
    </message>
    <message>
        <source>The seller&apos;s account is more than a year old and has not changed its name.</source>
        <translation>Akun penjual sudah berumur lebih dari setahun dan tidak pernah ganti nama.</translation>
    </message>
    <message>
        <source>Scroll to the first posts and look at the account information; many platforms show when an account was created and its former names.</source>
        <translation>Gulir sampai unggahan pertama dan lihat informasi akun; banyak platform menampilkan kapan akun dibuat dan nama-nama sebelumnya.</translation>
    </message>
    <message>
        <source>The seller&apos;s account is new or has changed its name.</source>
        <translation>Akun penjual masih baru atau pernah ganti nama.</translation>
    </message>
    <message>
        <source>Comments are open and show real buyers who received their orders.</source>
        <translation>Kolom komentar terbuka dan berisi pembeli sungguhan yang sudah menerima pesanannya.</translation>
    </message>
    <message>
        <source>Fake sellers switch comments off or delete complaints. Look for buyers with their own real-looking accounts.</source>
        <translation>Penjual palsu menutup komentar atau menghapus keluhan. Cari pembeli yang akunnya tampak asli.</translation>
    </message>
    <message>
        <source>Comments are turned off or show no real buyers.</source>
        <translation>Komentar ditutup atau tidak ada pembeli sungguhan.</translation>
    </message>
    <message>
        <source>Likes and comments fit the number of followers.</source>
        <translation>Jumlah suka dan komentar sebanding dengan jumlah pengikut.</translation>
    </message>
    <message>
        <source>Tens of thousands of followers but only a handful of likes usually means bought followers.</source>
        <translation>Puluhan ribu pengikut tapi hanya segelintir suka biasanya berarti pengikutnya dibeli.</translation>
    </message>
    <message>
        <source>The followers look bought: many followers, few reactions.</source>
        <translation>Pengikutnya tampak dibeli: pengikut banyak, reaksi sedikit.</translation>
    </message>
    <message>
        <source>Someone you know has bought from this seller before.</source>
        <translation>Ada kenalan Anda yang pernah membeli dari penjual ini.</translation>
    </message>
    <message>
        <source>Ask friends and family, or mutual friends shown on the seller&apos;s profile.</source>
        <translation>Tanyakan ke teman dan keluarga, atau teman bersama yang terlihat di profil penjual.</translation>
    </message>
    <message>
        <source>Nobody you know has bought from this seller.</source>
        <translation>Belum ada kenalan Anda yang pernah membeli dari penjual ini.</translation>
    </message>
    <message>
        <source>You will pay with buyer protection: escrow (rekber), cash on delivery, or the marketplace&apos;s own checkout.</source>
        <translation>Anda akan membayar dengan perlindungan pembeli: rekber, COD, atau checkout resmi marketplace.</translation>
    </message>
    <message>
        <source>A bank transfer to a personal account cannot be taken back. If the seller insists on a transfer or on moving the chat to WhatsApp, walk away.</source>
        <translation>Transfer ke rekening pribadi tidak bisa ditarik kembali. Kalau penjual memaksa transfer atau mengajak pindah chat ke WhatsApp, batalkan saja.</translation>
    </message>
    <message>
        <source>You would pay without buyer protection.</source>
        <translation>Anda akan membayar tanpa perlindungan pembeli.</translation>
    </message>
    <message>
        <source>Your own checks found no warning signs.</source>
        <translation>Pemeriksaan Anda sendiri tidak menemukan tanda bahaya.</translation>
    </message>
    <message>
        <source>Your own checks found no warning signs, but ShopSafe could not check this seller itself.</source>
        <translation>Pemeriksaan Anda sendiri tidak menemukan tanda bahaya, tetapi ShopSafe tidak dapat memeriksa penjual ini sendiri.</translation>
    </message>
    <message>
        <source>Not done yet: answer the questions to complete the verdict.</source>
        <translation>Belum dikerjakan: jawab pertanyaannya untuk melengkapi penilaian.</translation>
    </message>
    <message>
        <source>Your answers show serious warning signs. Do not pay this seller.</source>
        <translation>Jawaban Anda menunjukkan tanda bahaya serius. Jangan bayar penjual ini.</translation>
    </message>
    <message>
        <source>Your answers show warning signs. Pay only with buyer protection.</source>
        <translation>Jawaban Anda menunjukkan tanda bahaya. Bayar hanya dengan perlindungan pembeli.</translation>
    </message>
    <message>
        <source>Your answers show no warning signs. ShopSafe itself could not check this seller: pay only with buyer protection.</source>
        <translation>Jawaban Anda tidak menunjukkan tanda bahaya. ShopSafe sendiri tidak dapat memeriksa penjual ini: bayarlah hanya dengan perlindungan pembeli.</translation>
    </message>
    <message>
        <source>Your answers show no warning signs.</source>
        <translation>Jawaban Anda tidak menunjukkan tanda bahaya.</translation>
    </message>
    <message>
        <source>{answered} of {total} answered, no warning signs so far.</source>
        <translation>{answered} dari {total} sudah dijawab, sejauh ini tidak ada tanda bahaya.</translation>
    </message>
</context>
<context>
    <name>SellerDetail</name>
    <message>
        <source>Your verdict on this seller (the family sees it, with your name):</source>
        <translation>Penilaian Anda untuk penjual ini (dilihat keluarga, dengan nama Anda):</translation>
    </message>
    <message>
        <source>Why? e.g. paid on 3 May, nothing arrived</source>
        <translation>Alasannya? mis. sudah bayar 3 Mei, barang tidak datang</translation>
    </message>
    <message>
        <source>Save &amp;verdict</source>
        <translation>Simpan &amp;penilaian</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Gabungkan penjual ganda…</translation>
    </message>
    <message>
        <source>&amp;Copy card to send</source>
        <translation>&amp;Salin kartu untuk dikirim</translation>
    </message>
    <message>
        <source>Save card as &amp;file…</source>
        <translation>Simpan kartu sebagai &amp;berkas…</translation>
    </message>
    <message>
        <source>Write why first: the family needs to know.</source>
        <translation>Tulis alasannya dulu: keluarga perlu tahu.</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telepon / WhatsApp</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation>Akun media sosial</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Marketplace shop</source>
        <translation>Toko di marketplace</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>Dikenal lewat</translation>
    </message>
    <message>
        <source>No phone number, account or link yet.</source>
        <translation>Belum ada nomor telepon, rekening atau tautan.</translation>
    </message>
    <message>
        <source>Two family members changed this seller at the same time; the newest change is shown.</source>
        <translation>Dua anggota keluarga mengubah penjual ini pada saat yang sama; yang ditampilkan adalah perubahan terbaru.</translation>
    </message>
    <message>
        <source>Verdicts, newest first</source>
        <translation>Penilaian, terbaru di atas</translation>
    </message>
    <message>
        <source>Nobody in the family has given a verdict yet.</source>
        <translation>Belum ada anggota keluarga yang memberi penilaian.</translation>
    </message>
    <message>
        <source>Orders and check reports</source>
        <translation>Pesanan dan laporan pemeriksaan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Laporan pemeriksaan</translation>
    </message>
    <message>
        <source>None yet. “Save to archive” on the Check page links them here.</source>
        <translation>Belum ada. “Simpan ke arsip” di halaman Periksa akan menautkannya ke sini.</translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation>Belum ada penilaian.</translation>
    </message>
    <message>
        <source>{verdict} — {member}, {date}: {reason}</source>
        <translation>{verdict} — {member}, {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>SellerDialog</name>
    <message>
        <source>Edit seller</source>
        <translation>Ubah penjual</translation>
    </message>
    <message>
        <source>Add a seller</source>
        <translation>Tambah penjual</translation>
    </message>
    <message>
        <source>e.g. Toko Maju Jaya</source>
        <translation>mis. Toko Maju Jaya</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp:</source>
        <translation>&amp;Telepon / WhatsApp:</translation>
    </message>
    <message>
        <source>0812-3456-7890 or wa.me/62812…</source>
        <translation>0812-3456-7890 atau wa.me/62812…</translation>
    </message>
    <message>
        <source>&amp;Bank accounts:</source>
        <translation>&amp;Rekening bank:</translation>
    </message>
    <message>
        <source>BCA 123 456 7890 a.n. Budi Santoso</source>
        <translation>BCA 123 456 7890 a.n. Budi Santoso</translation>
    </message>
    <message>
        <source>&amp;Web addresses:</source>
        <translation>Alamat &amp;web:</translation>
    </message>
    <message>
        <source>tokomaju.com</source>
        <translation>tokomaju.com</translation>
    </message>
    <message>
        <source>Social &amp;handles:</source>
        <translation>Akun media &amp;sosial:</translation>
    </message>
    <message>
        <source>@tokomaju or instagram.com/tokomaju</source>
        <translation>@tokomaju atau instagram.com/tokomaju</translation>
    </message>
    <message>
        <source>&amp;E-wallets:</source>
        <translation>&amp;Dompet digital:</translation>
    </message>
    <message>
        <source>DANA 0812-3456-7890</source>
        <translation>DANA 0812-3456-7890</translation>
    </message>
    <message>
        <source>Marketplace &amp;shops:</source>
        <translation>Toko di &amp;marketplace:</translation>
    </message>
    <message>
        <source>tokopedia.com/tokomaju</source>
        <translation>tokopedia.com/tokomaju</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>One per line. Any way of writing works: ShopSafe matches 0812…, +62 812… and wa.me links as the same number.</source>
        <translation>Satu per baris. Cara penulisan apa pun bisa: ShopSafe mengenali 0812…, +62 812… dan tautan wa.me sebagai nomor yang sama.</translation>
    </message>
    <message>
        <source>Give the seller a name.</source>
        <translation>Beri nama penjual.</translation>
    </message>
</context>
<context>
    <name>Sellers</name>
    <message>
        <source>This is not a ShopSafe seller card, or it is incomplete.</source>
        <translation>Ini bukan kartu penjual ShopSafe, atau kartunya tidak lengkap.</translation>
    </message>
    <message>
        <source>This seller card was changed after it was signed. Do not trust anything it says.</source>
        <translation>Kartu penjual ini diubah setelah ditandatangani. Jangan percayai isinya sama sekali.</translation>
    </message>
    <message>
        <source>from {signer}&apos;s card: {reason}</source>
        <translation>dari kartu {signer}: {reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>How each verdict is named to a person.</extracomment>
        <translation>tepercaya</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>ragu</translation>
    </message>
    <message>
        <source>scam</source>
        <translation>penipu</translation>
    </message>
    <message>
        <source>“{text}” is not a valid {kind}.</source>
        <translation>“{text}” bukan {kind} yang sah.</translation>
    </message>
    <message>
        <source>No seller called “{name}” is in the seller book.</source>
        <translation>Tidak ada penjual bernama “{name}” di buku penjual.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>rekening bank</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>alamat web</translation>
    </message>
    <message>
        <source>social handle</source>
        <translation>akun media sosial</translation>
    </message>
    <message>
        <source>e-wallet id</source>
        <translation>id dompet digital</translation>
    </message>
    <message>
        <source>shop link</source>
        <translation>tautan toko</translation>
    </message>
    <message>
        <source>verdict (trusted, unsure or scam)</source>
        <translation>penilaian (trusted, unsure atau scam)</translation>
    </message>
</context>
<context>
    <name>SellersCli</name>
    <message>
        <source>error: {count} sellers are called “{name}”; give one of their ids:</source>
        <translation>kesalahan: ada {count} penjual bernama “{name}”; sebutkan salah satu id-nya:</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>belum ada penilaian</translation>
    </message>
    <message>
        <source>{verdict} — {member}, {date}: {reason}</source>
        <translation>{verdict} — {member}, {date}: {reason}</translation>
    </message>
    <message>
        <source>The seller book is empty. Add one with &apos;shopsafe sellers add&apos;.</source>
        <translation>Buku penjual masih kosong. Tambahkan dengan &apos;shopsafe sellers add&apos;.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Shop link</source>
        <translation>Tautan toko</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>History of verdicts:</source>
        <translation>Riwayat penilaian:</translation>
    </message>
    <message>
        <source>Order: {title} [{id}]</source>
        <translation>Pesanan: {title} [{id}]</translation>
    </message>
    <message>
        <source>Order {id} (not in this copy yet)</source>
        <translation>Pesanan {id} (belum ada di salinan ini)</translation>
    </message>
    <message>
        <source>Added {name} [{id}].</source>
        <translation>{name} ditambahkan [{id}].</translation>
    </message>
    <message>
        <source>note: {value} also belongs to {names}; merge duplicates with &apos;shopsafe sellers merge&apos;.</source>
        <translation>catatan: {value} juga milik {names}; gabungkan penjual ganda dengan &apos;shopsafe sellers merge&apos;.</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}: {verdict}</translation>
    </message>
    <message>
        <source>error: that is the same seller twice</source>
        <translation>kesalahan: itu penjual yang sama dua kali</translation>
    </message>
    <message>
        <source>Merged {duplicate} into {name}.</source>
        <translation>{duplicate} digabungkan ke {name}.</translation>
    </message>
    <message>
        <source>The signed card is in {path}.</source>
        <translation>Kartu bertanda tangan ada di {path}.</translation>
    </message>
    <message>
        <source>Seller card: {name}</source>
        <translation>Kartu penjual: {name}</translation>
    </message>
    <message>
        <source>Signed by {name} (fingerprint {fingerprint}) on {date}.</source>
        <translation>Ditandatangani oleh {name} (sidik jari {fingerprint}) pada {date}.</translation>
    </message>
    <message>
        <source>WARNING: the card claims to come from a member of your family, but it was signed with another key. Do not trust it.</source>
        <translation>AWAS: kartu ini mengaku dari anggota keluarga Anda, tetapi ditandatangani dengan kunci lain. Jangan percayai.</translation>
    </message>
    <message>
        <source>The signer is a member of your family.</source>
        <translation>Penandatangan adalah anggota keluarga Anda.</translation>
    </message>
    <message>
        <source>The signer is not a member of your family: compare the fingerprint with them by phone before you rely on it.</source>
        <translation>Penandatangan bukan anggota keluarga Anda: cocokkan sidik jarinya dengan orang itu lewat telepon sebelum Anda mempercayainya.</translation>
    </message>
    <message>
        <source>Added to your seller book [{id}].</source>
        <translation>Ditambahkan ke buku penjual Anda [{id}].</translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message>
        <source>The seller book is locked</source>
        <extracomment>&quot;Unlock&quot;: the window shows the Archive page, whose unlock opens the book here too.</extracomment>
        <translation>Buku penjual terkunci</translation>
    </message>
    <message>
        <source>Your family&apos;s sellers and verdicts are kept in the encrypted archive. Unlock it with your passphrase to see them; checks then warn you about sellers the family marked as a scam.</source>
        <translation>Penjual dan penilaian keluarga Anda disimpan di arsip terenkripsi. Buka dengan kata sandi Anda untuk melihatnya; setelah itu pemeriksaan akan memperingatkan Anda tentang penjual yang ditandai keluarga sebagai penipu.</translation>
    </message>
    <message>
        <source>&amp;Unlock the archive</source>
        <translation>&amp;Buka arsip</translation>
    </message>
    <message>
        <source>Search by name, phone, account, link or handle…</source>
        <translation>Cari nama, telepon, rekening, tautan atau akun…</translation>
    </message>
    <message>
        <source>&amp;Add seller…</source>
        <translation>&amp;Tambah penjual…</translation>
    </message>
    <message>
        <source>Check a &amp;card…</source>
        <translation>Periksa &amp;kartu…</translation>
    </message>
    <message>
        <source>Choose a seller to see what the family knows about them.</source>
        <translation>Pilih penjual untuk melihat apa yang diketahui keluarga tentangnya.</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>No sellers yet. Add one, or press “Save to archive” after a check.</source>
        <translation>Belum ada penjual. Tambahkan satu, atau tekan “Simpan ke arsip” setelah pemeriksaan.</translation>
    </message>
    <message>
        <source>No seller matches “{text}”.</source>
        <translation>Tidak ada penjual yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <source>There is no other seller to merge.</source>
        <translation>Tidak ada penjual lain untuk digabungkan.</translation>
    </message>
    <message>
        <source>The signed card is copied: paste it into a chat. The receiver&apos;s ShopSafe shows who signed it.</source>
        <translation>Kartu bertanda tangan sudah disalin: tempelkan ke chat. ShopSafe penerima akan menunjukkan siapa yang menandatanganinya.</translation>
    </message>
    <message>
        <source>Save the seller card</source>
        <translation>Simpan kartu penjual</translation>
    </message>
    <message>
        <source>Seller cards (*.shopsafe-card)</source>
        <translation>Kartu penjual (*.shopsafe-card)</translation>
    </message>
    <message>
        <source>The signed card is saved in {path}.</source>
        <translation>Kartu bertanda tangan disimpan di {path}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <extracomment>How many recent check inputs are remembered when keeping them is switched on. Countries whose buyers speak Spanish (a Spanish-speaking user is asked among these first).</extracomment>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode offline</translation>
    </message>
    <message>
        <source>Text size</source>
        <extracomment>Text size in percent of the system&apos;s font, for older eyes.</extracomment>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <source>Lock the archive after</source>
        <translation>Kunci arsip setelah</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Folder arsip</translation>
    </message>
    <message>
        <source>Remember recent checks</source>
        <translation>Simpan riwayat pemeriksaan</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <extracomment>Phone → PC: new files in this folder are imported into the archive&apos;s &quot;Inbox&quot; order.</extracomment>
        <translation>Folder kotak masuk</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Recent checks remembered: {count}</source>
        <extracomment>Re-emits :attr:`Settings.settings_changed` (the key) for widgets holding only the page.</extracomment>
        <translation>Pemeriksaan dalam riwayat: {count}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Bahasa dan wilayah</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>The new language is applied at once.</source>
        <translation>Bahasa baru langsung diterapkan.</translation>
    </message>
    <message>
        <source>Used to read phone numbers and to suggest currency, taxes and local shops.</source>
        <translation>Dipakai untuk membaca nomor telepon serta menyarankan mata uang, pajak, dan toko lokal.</translation>
    </message>
    <message>
        <source>Makes all text in the window larger (Ctrl++ and Ctrl+- also work).</source>
        <translation>Memperbesar semua teks di jendela (Ctrl++ dan Ctrl+- juga bisa).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>Offline mode: never connect to the internet</source>
        <translation>Mode offline: jangan pernah terhubung ke internet</translation>
    </message>
    <message>
        <source>Shop checks then use only what is on this computer: the link itself, the family seller book and the built-in lists. Checks that need the network show “Could not check”.</source>
        <translation>Pemeriksaan toko hanya memakai apa yang ada di komputer ini: tautannya sendiri, buku penjual keluarga, dan daftar bawaan. Pemeriksaan yang memerlukan jaringan akan menampilkan “Tidak bisa diperiksa”.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> menit tidak aktif</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <source>Clear recent checks</source>
        <translation>Hapus riwayat pemeriksaan</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Berkas pengaturan:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Berkas log:</translation>
    </message>
    <message>
        <source>Open the page “{page}”</source>
        <translation>Buka halaman “{page}”</translation>
    </message>
    <message>
        <source>Check a shop: go to the box to paste a link</source>
        <translation>Periksa toko: ke kotak untuk menempelkan tautan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Check a shop: check what you pasted (Shift+Enter: new line)</source>
        <translation>Periksa toko: periksa yang Anda tempelkan (Shift+Enter: baris baru)</translation>
    </message>
    <message>
        <source>Check a shop: stop the running check</source>
        <translation>Periksa toko: hentikan pemeriksaan yang sedang berjalan</translation>
    </message>
    <message>
        <source>Total cost: add an offer</source>
        <translation>Total biaya: tambah penawaran</translation>
    </message>
    <message>
        <source>Total cost: duplicate the offer</source>
        <translation>Total biaya: gandakan penawaran</translation>
    </message>
    <message>
        <source>Total cost: copy the breakdown as text</source>
        <translation>Total biaya: salin rincian sebagai teks</translation>
    </message>
    <message>
        <source>Total cost: save the breakdown</source>
        <translation>Total biaya: simpan rincian</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>Teks lebih besar atau lebih kecil</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + huruf bergaris bawah</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Tombol atau isian dengan huruf itu</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous field, in reading order</source>
        <translation>Isian berikutnya atau sebelumnya, sesuai urutan baca</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Pilih folder arsip</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Stop using</source>
        <translation>Berhenti memakai</translation>
    </message>
    <message>
        <source>For screenshots from your phone: pick a folder your phone&apos;s sync app fills. While the archive is unlocked, new files there are imported into the order “Inbox” and then removed from the folder. Until then they are not encrypted.</source>
        <translation>Untuk tangkapan layar dari ponsel: pilih folder yang diisi aplikasi sinkronisasi ponsel Anda. Selama arsip terbuka, berkas baru di sana diimpor ke pesanan “Kotak masuk” lalu dihapus dari folder itu. Sebelum itu, berkas tersebut belum terenkripsi.</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation>Pilih folder kotak masuk</translation>
    </message>
</context>
<context>
    <name>ShopSigns</name>
    <message>
        <source>Pressure to buy now: {examples}</source>
        <translation>Desakan untuk segera membeli: {examples}</translation>
    </message>
    <message>
        <source>The shop pushes you to decide fast. Its domain is old and unchanged, so this is probably an ordinary sale; still take your time.</source>
        <translation>Toko mendesak Anda memutuskan dengan cepat. Domainnya lama dan tidak berubah, jadi ini kemungkinan promo biasa; tetap luangkan waktu Anda.</translation>
    </message>
    <message>
        <source>Countdowns and &quot;only a few left&quot; are there to make you pay before you check the shop. Fake shops use them on every product.</source>
        <translation>Hitung mundur dan &quot;stok tinggal sedikit&quot; dibuat agar Anda membayar sebelum memeriksa toko. Toko palsu memakainya di setiap produk.</translation>
    </message>
    <message>
        <source>Ignore the timer: a real offer is still there after you have checked the shop.</source>
        <translation>Abaikan penghitung waktu: penawaran yang asli masih ada setelah Anda memeriksa toko.</translation>
    </message>
    <message>
        <source>The policies name another shop: {other}</source>
        <translation>Kebijakan toko menyebut toko lain: {other}</translation>
    </message>
    <message>
        <source>The terms, returns or privacy pages of {host} speak of {other}. Fake shops copy their policies from other shops and forget to change the name, so the rights they promise belong to someone else.</source>
        <translation>Halaman syarat, pengembalian atau privasi {host} menyebut {other}. Toko palsu menyalin kebijakan dari toko lain dan lupa mengganti namanya, sehingga hak yang dijanjikan milik pihak lain.</translation>
    </message>
    <message>
        <source>Do not rely on these policies. Ask the shop who you are buying from.</source>
        <translation>Jangan mengandalkan kebijakan ini. Tanyakan kepada toko dari siapa sebenarnya Anda membeli.</translation>
    </message>
    <message>
        <source>The company number {id} appears with two names: &quot;{first}&quot; and &quot;{second}&quot;. A real company has one name; a fake shop copies its legal pages from several places.</source>
        <translation>Nomor perusahaan {id} muncul dengan dua nama: &quot;{first}&quot; dan &quot;{second}&quot;. Perusahaan asli punya satu nama; toko palsu menyalin halaman hukumnya dari beberapa tempat.</translation>
    </message>
    <message>
        <source>The legal notice names &quot;{first}&quot;, the policies &quot;{second}&quot;. Who would you claim your money back from?</source>
        <translation>Informasi hukum menyebut &quot;{first}&quot;, kebijakan menyebut &quot;{second}&quot;. Kepada siapa Anda akan menuntut uang Anda kembali?</translation>
    </message>
    <message>
        <source>Different company names: {first} / {second}</source>
        <translation>Nama perusahaan berbeda: {first} / {second}</translation>
    </message>
    <message>
        <source>Look the company number up in the official register and see which name it belongs to.</source>
        <translation>Cari nomor perusahaan itu di daftar resmi dan lihat nama siapa yang terdaftar.</translation>
    </message>
    <message>
        <source>The address is a placeholder: {address}</source>
        <translation>Alamatnya hanya contoh: {address}</translation>
    </message>
    <message>
        <source>The shop&apos;s address is the sample text of a website template, not a place. There is no address where you could reach or claim against this shop.</source>
        <translation>Alamat toko ini adalah teks contoh dari templat situs, bukan tempat nyata. Tidak ada alamat untuk menghubungi atau menuntut toko ini.</translation>
    </message>
    <message>
        <source>Do not pay a shop that gives no real address.</source>
        <translation>Jangan membayar toko yang tidak memberi alamat asli.</translation>
    </message>
    <message>
        <source>{count} brands at up to {percent} % off</source>
        <translation>{count} merek dengan diskon hingga {percent} %</translation>
    </message>
    <message>
        <source>The shop sells {brands} at discounts of up to {percent} %. Its domain is old and unchanged and nothing else looks wrong, so this is more likely a large retailer&apos;s sale; still compare the price with the brand&apos;s own shop.</source>
        <translation>Toko ini menjual {brands} dengan diskon hingga {percent} %. Domainnya lama, tidak berubah, dan tidak ada hal lain yang mencurigakan, jadi ini lebih mungkin promo toko besar; tetap bandingkan harganya dengan toko resmi merek itu.</translation>
    </message>
    <message>
        <source>The shop sells {brands} at discounts of up to {percent} %. Brand goods of many unrelated makers, all far below their price, is how fake outlet shops lure buyers; brands do not let real shops sell this cheap.</source>
        <translation>Toko ini menjual {brands} dengan diskon hingga {percent} %. Barang bermerek dari banyak produsen yang tidak berhubungan, semuanya jauh di bawah harganya, adalah cara toko outlet palsu memancing pembeli; merek tidak membiarkan toko asli menjual semurah ini.</translation>
    </message>
    <message>
        <source>Buy brand goods from the brand&apos;s own shop or an authorised dealer.</source>
        <translation>Beli barang bermerek dari toko resmi merek itu atau dari penjual resminya.</translation>
    </message>
    <message>
        <source>Does not fit its country ending: {what}</source>
        <translation>Tidak cocok dengan akhiran negaranya: {what}</translation>
    </message>
    <message>
        <source>The shop&apos;s address ends in .{suffix}, but its prices, phone numbers or address point elsewhere ({what}). Fake shops pose as local shops and are run from somewhere else.</source>
        <translation>Alamat situs toko ini berakhiran .{suffix}, tetapi harga, nomor telepon atau alamatnya menunjuk ke tempat lain ({what}). Toko palsu berpura-pura sebagai toko lokal padahal dijalankan dari tempat lain.</translation>
    </message>
    <message>
        <source>Ask where the goods ship from and who you would claim against.</source>
        <translation>Tanyakan dari mana barang dikirim dan kepada siapa Anda bisa menuntut.</translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message>
        <source>No payment methods named</source>
        <translation>Cara pembayaran tidak disebutkan</translation>
    </message>
    <message>
        <source>The pages read do not say how you would pay. Ask before ordering, and prefer cash on delivery, escrow, card or PayPal.</source>
        <translation>Halaman yang dibaca tidak menyebutkan cara membayar. Tanyakan dulu sebelum memesan, dan pilih COD, rekber, kartu, atau PayPal.</translation>
    </message>
    <message>
        <source>Payment methods: {methods}</source>
        <translation>Cara pembayaran: {methods}</translation>
    </message>
    <message>
        <source>Only bank transfer is accepted</source>
        <translation>Hanya menerima transfer bank</translation>
    </message>
    <message>
        <source>The shop names no payment method other than a bank transfer. Money sent by transfer is almost impossible to get back.</source>
        <translation>Toko ini tidak menyebut cara bayar lain selain transfer bank. Uang yang sudah ditransfer hampir mustahil kembali.</translation>
    </message>
    <message>
        <source>Insist on cash on delivery, escrow (rekber) or a card; never transfer to a personal account.</source>
        <translation>Mintalah COD, rekber, atau kartu; jangan pernah transfer ke rekening pribadi.</translation>
    </message>
    <message>
        <source>Asks for payment in cryptocurrency</source>
        <translation>Meminta pembayaran dengan mata uang kripto</translation>
    </message>
    <message>
        <source>Crypto payments cannot be reversed or disputed; honest small shops rarely ask for them.</source>
        <translation>Pembayaran kripto tidak bisa dibatalkan atau disanggah; toko kecil yang jujur jarang memintanya.</translation>
    </message>
    <message>
        <source>Asks for payment with gift cards</source>
        <translation>Meminta pembayaran dengan kartu hadiah</translation>
    </message>
    <message>
        <source>Paying with gift cards or voucher codes is a classic scam: the money is gone the moment you share the code.</source>
        <translation>Membayar dengan kartu hadiah atau kode voucher adalah modus penipuan klasik: uangnya hilang begitu Anda membagikan kodenya.</translation>
    </message>
    <message>
        <source>Discounts of {percent} % advertised</source>
        <translation>Diskon {percent} % diiklankan</translation>
    </message>
    <message>
        <source>The shop advertises {percent} % off. Its domain has existed for a long time, so this is more likely a clearance sale than bait; still compare the price with other shops.</source>
        <translation>Toko ini mengiklankan diskon {percent} %. Domainnya sudah lama ada, jadi ini lebih mungkin obral cuci gudang daripada umpan; tetap bandingkan harganya dengan toko lain.</translation>
    </message>
    <message>
        <source>Brand goods at {percent} % off are the classic fake-shop bait. Compare the price with other shops before you pay.</source>
        <translation>Barang bermerek dengan diskon {percent} % adalah umpan klasik toko palsu. Bandingkan harganya dengan toko lain sebelum membayar.</translation>
    </message>
    <message>
        <source>Template text left on the site</source>
        <translation>Teks template masih tertinggal di situs</translation>
    </message>
    <message>
        <source>The site still shows placeholder text ({examples}). Fake shops are often built from a template in a hurry.</source>
        <translation>Situs ini masih menampilkan teks contoh ({examples}). Toko palsu sering dibuat terburu-buru dari template.</translation>
    </message>
    <message>
        <source>Contact details could not be read</source>
        <translation>Data kontak tidak dapat dibaca</translation>
    </message>
    <message>
        <source>The shop&apos;s contact page could not be fetched, so it is unknown how to reach the seller.</source>
        <translation>Halaman kontak toko tidak dapat diunduh, jadi tidak diketahui cara menghubungi penjual.</translation>
    </message>
    <message>
        <source>No way to contact the seller</source>
        <translation>Tidak ada cara menghubungi penjual</translation>
    </message>
    <message>
        <source>No phone number, e-mail address, WhatsApp or postal address was found on the shop&apos;s pages.</source>
        <translation>Tidak ditemukan nomor telepon, alamat email, WhatsApp, maupun alamat pos di halaman toko.</translation>
    </message>
    <message>
        <source>Do not pay a shop you cannot reach if something goes wrong.</source>
        <translation>Jangan membayar toko yang tidak bisa Anda hubungi kalau ada masalah.</translation>
    </message>
    <message>
        <source>Contact details found</source>
        <translation>Data kontak ditemukan</translation>
    </message>
    <message>
        <source>{phones} phone number(s), {emails} e-mail address(es), {addresses} postal address(es). Call the number before you pay.</source>
        <translation>{phones} nomor telepon, {emails} alamat email, {addresses} alamat pos. Telepon nomornya sebelum Anda membayar.</translation>
    </message>
    <message>
        <source>Only a WhatsApp number</source>
        <translation>Hanya ada nomor WhatsApp</translation>
    </message>
    <message>
        <source>The only contact is a WhatsApp chat. Such numbers are cheap to throw away; there is no address or company behind them.</source>
        <translation>Satu-satunya kontak adalah chat WhatsApp. Nomor seperti ini mudah dibuang; tidak ada alamat atau perusahaan di baliknya.</translation>
    </message>
    <message>
        <source>Never move the payment into the chat; ask for a call or a live video.</source>
        <translation>Jangan pernah melanjutkan pembayaran lewat chat; minta telepon atau video call langsung.</translation>
    </message>
    <message>
        <source>E-mail on free webmail ({email})</source>
        <translation>Email memakai layanan gratis ({email})</translation>
    </message>
    <message>
        <source>The shop&apos;s e-mail is a free account anyone can open in a minute, not an address on its own domain.</source>
        <translation>Email toko ini adalah akun gratis yang bisa dibuat siapa saja dalam semenit, bukan alamat di domainnya sendiri.</translation>
    </message>
    <message>
        <source>E-mail on another domain ({email})</source>
        <translation>Email di domain lain ({email})</translation>
    </message>
    <message>
        <source>The e-mail address is not on {domain}. That can be a parent company, or a copied page.</source>
        <translation>Alamat email ini tidak berada di {domain}. Bisa jadi milik perusahaan induk, atau halamannya hasil salinan.</translation>
    </message>
    <message>
        <source>Company identifier {value} ({type})</source>
        <translation>Nomor identitas usaha {value} ({type})</translation>
    </message>
    <message>
        <source>The number is well-formed. Look it up in the official company register to see that it belongs to this shop.</source>
        <translation>Format nomornya benar. Periksa di daftar resmi perusahaan untuk memastikan nomor itu milik toko ini.</translation>
    </message>
    <message>
        <source>Invalid company identifier {value} ({type})</source>
        <translation>Nomor identitas usaha tidak valid {value} ({type})</translation>
    </message>
    <message>
        <source>The number printed on the site fails its check digit: it is mistyped or made up.</source>
        <translation>Nomor yang tercantum di situs gagal dalam pemeriksaan digit kontrol: salah ketik atau dikarang.</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>privasi</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>pengembalian</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>syarat dan ketentuan</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>pengiriman</translation>
    </message>
    <message>
        <source>imprint</source>
        <translation>identitas pemilik (imprint)</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>Policies found: {items}</source>
        <translation>Kebijakan ditemukan: {items}</translation>
    </message>
    <message>
        <source>Read the returns and privacy pages before you buy: who pays for returns, and how long you have.</source>
        <translation>Baca halaman pengembalian dan privasi sebelum membeli: siapa yang menanggung ongkos retur, dan berapa lama batas waktunya.</translation>
    </message>
    <message>
        <source>Some policy pages could not be read</source>
        <translation>Beberapa halaman kebijakan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Links to {items} exist but the pages could not be fetched.</source>
        <translation>Tautan ke {items} ada, tetapi halamannya tidak dapat diunduh.</translation>
    </message>
    <message>
        <source>No page found for: {items}</source>
        <translation>Tidak ada halaman untuk: {items}</translation>
    </message>
    <message>
        <source>A real shop tells you how returns, refunds and your personal data are handled. Missing policies leave you without rights you can point to.</source>
        <translation>Toko sungguhan menjelaskan cara retur, pengembalian dana, dan pengelolaan data pribadi Anda. Tanpa kebijakan itu, Anda tidak punya pegangan hak yang jelas.</translation>
    </message>
    <message>
        <source>No Impressum</source>
        <translation>Tidak ada Impressum</translation>
    </message>
    <message>
        <source>Shops in Germany and Austria must name their owner and address in an Impressum; this one has none.</source>
        <translation>Toko di Jerman dan Austria wajib mencantumkan pemilik dan alamatnya dalam Impressum; toko ini tidak punya.</translation>
    </message>
    <message>
        <source>the site answered with HTTP status {status}</source>
        <translation>situs menjawab dengan status HTTP {status}</translation>
    </message>
    <message>
        <source>the page shows its content only with JavaScript, which ShopSafe never runs</source>
        <translation>halaman ini hanya menampilkan isinya lewat JavaScript, yang tidak pernah dijalankan ShopSafe</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>The shop&apos;s pages could not be read</source>
        <translation>Halaman toko tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Contact details, policies and payment methods are unknown: {reason}</source>
        <translation>Data kontak, kebijakan, dan cara pembayaran tidak diketahui: {reason}</translation>
    </message>
    <message>
        <source>Policies unknown</source>
        <translation>Kebijakan tidak diketahui</translation>
    </message>
    <message>
        <source>The site could not be read, so its policies were not checked.</source>
        <translation>Situs tidak dapat dibaca, jadi kebijakannya tidak diperiksa.</translation>
    </message>
    <message>
        <source>The link leads to another site: {domain}</source>
        <translation>Tautan ini berujung di situs lain: {domain}</translation>
    </message>
    <message>
        <source>Pay only by card, PayPal, marketplace escrow (rekber) or real cash on delivery; never into a private account or a phone number.</source>
        <translation>Bayar hanya dengan kartu, PayPal, rekber marketplace atau COD yang sungguhan; jangan pernah ke rekening pribadi atau nomor telepon.</translation>
    </message>
    <message>
        <source>Payment instructions: {method} to {recipient}</source>
        <translation>Petunjuk pembayaran: {method} kepada {recipient}</translation>
    </message>
    <message>
        <source>The shop asks for {method} to {recipient} ({kind}). Such a payment cannot be reversed; check that the account holder is the company named on the shop&apos;s legal pages.</source>
        <translation>Toko meminta {method} kepada {recipient} ({kind}). Pembayaran seperti ini tidak bisa dibatalkan; pastikan pemilik rekening adalah perusahaan yang disebut di halaman hukum toko.</translation>
    </message>
    <message>
        <source>Payment goes to a private person: {method} to {recipient}</source>
        <translation>Pembayaran ke perorangan: {method} kepada {recipient}</translation>
    </message>
    <message>
        <source>The shop&apos;s payment instructions ask for {method} to {recipient}, a private person. That money cannot be reclaimed, and no company answers for it.</source>
        <translation>Petunjuk pembayaran toko meminta {method} kepada {recipient}, seorang perorangan. Uang itu tidak bisa ditarik kembali, dan tidak ada perusahaan yang bertanggung jawab.</translation>
    </message>
    <message>
        <source>Payment instructions ask for {method}</source>
        <translation>Petunjuk pembayaran meminta {method}</translation>
    </message>
    <message>
        <source>The shop asks for {method} to {recipient}. Such payments cannot be traced back or reversed; honest shops do not ask for them.</source>
        <translation>Toko meminta {method} kepada {recipient}. Pembayaran seperti ini tidak bisa dilacak atau dibatalkan; toko yang jujur tidak memintanya.</translation>
    </message>
    <message>
        <source>{detail} The shop also advertises {advertised}, but what it asks you to do is what counts.</source>
        <translation>{detail} Toko juga mengiklankan {advertised}, tetapi yang menentukan adalah apa yang diminta toko untuk Anda lakukan.</translation>
    </message>
    <message>
        <source>Methods that protect you (card, PayPal, cash on delivery, escrow) are better than a bank transfer, a cash deposit or a payment to a phone number.</source>
        <translation>Cara yang melindungi Anda (kartu, PayPal, COD, rekber) lebih baik daripada transfer bank, setoran tunai atau pembayaran ke nomor telepon.</translation>
    </message>
    <message>
        <source>Cash on delivery only after a payment first</source>
        <translation>COD hanya setelah membayar lebih dulu</translation>
    </message>
    <message>
        <source>The shop offers cash on delivery but asks for a down payment or the shipping cost in advance. That first payment is the usual loss in fake COD offers.</source>
        <translation>Toko menawarkan COD tetapi meminta uang muka atau ongkos kirim di depan. Pembayaran pertama itulah kerugian yang biasa dalam tawaran COD palsu.</translation>
    </message>
    <message>
        <source>Only payments without buyer protection</source>
        <translation>Hanya pembayaran tanpa perlindungan pembeli</translation>
    </message>
    <message>
        <source>The shop takes only {methods}. None of them can be reversed if the goods never arrive.</source>
        <translation>Toko hanya menerima {methods}. Tidak satu pun bisa dibatalkan jika barang tidak pernah datang.</translation>
    </message>
    <message>
        <source>Asks for payment by a money-transfer service</source>
        <translation>Meminta pembayaran lewat layanan pengiriman uang</translation>
    </message>
    <message>
        <source>Services such as Western Union or MoneyGram send cash to a person, not to a shop; the money cannot be recalled. Shops do not take payment this way.</source>
        <translation>Layanan seperti Western Union atau MoneyGram mengirim uang tunai kepada orang, bukan kepada toko; uangnya tidak bisa ditarik kembali. Toko tidak menerima pembayaran dengan cara ini.</translation>
    </message>
    <message>
        <source>The page sends you on to another site: {domain}</source>
        <translation>Halaman ini mengarahkan Anda ke situs lain: {domain}</translation>
    </message>
    <message>
        <source>Check the address you end up on separately before you pay there.</source>
        <translation>Periksa alamat tujuan akhir itu secara terpisah sebelum Anda membayar di sana.</translation>
    </message>
    <message>
        <source>Part of the shop&apos;s pages was not read</source>
        <translation>Sebagian halaman toko tidak terbaca</translation>
    </message>
    <message>
        <source>{count} page(s) were too large or too broken to read completely in time; {url} was read only in part. What the rest says was not checked.</source>
        <translation>{count} halaman terlalu besar atau terlalu rusak untuk dibaca lengkap tepat waktu; {url} hanya terbaca sebagian. Isi bagian lainnya tidak diperiksa.</translation>
    </message>
    <message>
        <source>The page forwards the browser to {url} with a refresh tag. That site&apos;s pages were not read; its domain&apos;s age and name are checked below, the other findings are about {host}.</source>
        <translation>Halaman ini meneruskan browser ke {url} dengan tag refresh. Halaman situs itu tidak dibaca; umur dan nama domainnya diperiksa di bawah, temuan lainnya tentang {host}.</translation>
    </message>
    <message>
        <source>A script on the page forwards the browser to {url}. That site&apos;s pages were not read; its domain&apos;s age and name are checked below, the other findings are about {host}.</source>
        <translation>Sebuah skrip di halaman ini meneruskan browser ke {url}. Halaman situs itu tidak dibaca; umur dan nama domainnya diperiksa di bawah, temuan lainnya tentang {host}.</translation>
    </message>
    <message>
        <source>No Libro de Reclamaciones</source>
        <translation>Tidak ada Libro de Reclamaciones</translation>
    </message>
    <message>
        <source>Shops in Peru must offer a complaints book (Libro de Reclamaciones), also online; this one links none.</source>
        <translation>Toko di Peru wajib menyediakan buku pengaduan (Libro de Reclamaciones), juga secara online; toko ini tidak menautkannya.</translation>
    </message>
    <message>
        <source>Without it you have no official way to complain to INDECOPI about this shop.</source>
        <translation>Tanpa itu Anda tidak punya jalur resmi untuk mengadukan toko ini ke INDECOPI.</translation>
    </message>
    <message>
        <source>complaints book</source>
        <translation>buku pengaduan</translation>
    </message>
    <message>
        <source>You pasted a link to {host}, but it sends you on to {url}. That site is the shop you would pay, so it is checked too: its domain age and whether its name imitates a brand.</source>
        <translation>Anda menempelkan tautan ke {host}, tetapi tautan itu meneruskan Anda ke {url}. Situs itulah toko yang akan Anda bayar, jadi situs itu juga diperiksa: umur domainnya dan apakah namanya meniru merek.</translation>
    </message>
    <message>
        <source>{detail} The site it lands on does not use HTTPS: what you type there, card numbers included, travels unencrypted.</source>
        <translation>{detail} Situs tujuannya tidak memakai HTTPS: apa pun yang Anda ketik di sana, termasuk nomor kartu, dikirim tanpa enkripsi.</translation>
    </message>
    <message>
        <source>Make sure the shop you see is the one you meant to visit.</source>
        <translation>Pastikan toko yang Anda lihat memang toko yang ingin Anda kunjungi.</translation>
    </message>
    <message>
        <source>{domain}: {title}</source>
        <translation>{domain}: {title}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Tidak bisa diperiksa</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>ShopSafe check of {subject} ({when})</source>
        <translation>Hasil pemeriksaan ShopSafe untuk {subject} ({when})</translation>
    </message>
    <message>
        <source>Self-check: {answered} of {total} questions answered.</source>
        <translation>Pemeriksaan mandiri: {answered} dari {total} pertanyaan sudah dijawab.</translation>
    </message>
</context>
<context>
    <name>SyncHook</name>
    <message numerus="yes">
        <source>Review edits (%n)</source>
        <translation>
            <numerusform>Periksa perubahan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes from another computer arrived: %n order(s) updated.</source>
        <translation>
            <numerusform>Ada perubahan dari komputer lain: %n pesanan diperbarui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from another computer arrived.</source>
        <translation>Ada perubahan dari komputer lain.</translation>
    </message>
</context>
<context>
    <name>Technique</name>
    <message>
        <source>brand name in front of another domain</source>
        <translation>nama merek di depan domain lain</translation>
    </message>
    <message>
        <source>look-alike characters</source>
        <translation>huruf yang mirip</translation>
    </message>
    <message>
        <source>brand name with added words</source>
        <translation>nama merek ditambah kata lain</translation>
    </message>
    <message>
        <source>dots or hyphens moved</source>
        <translation>titik atau tanda hubung digeser</translation>
    </message>
    <message>
        <source>different domain ending</source>
        <translation>akhiran domain berbeda</translation>
    </message>
    <message>
        <source>typing mistake</source>
        <translation>salah ketik</translation>
    </message>
    <message>
        <source>letter left out</source>
        <translation>satu huruf dihilangkan</translation>
    </message>
    <message>
        <source>letter added</source>
        <translation>satu huruf ditambahkan</translation>
    </message>
    <message>
        <source>letter doubled</source>
        <translation>satu huruf digandakan</translation>
    </message>
    <message>
        <source>letters swapped</source>
        <translation>dua huruf bertukar tempat</translation>
    </message>
    <message>
        <source>letter replaced</source>
        <translation>satu huruf diganti</translation>
    </message>
    <message>
        <source>fake address before “@”</source>
        <translation>alamat palsu sebelum “@”</translation>
    </message>
    <message>
        <source>(letters from another alphabet)</source>
        <translation>(huruf dari abjad lain)</translation>
    </message>
    <message>
        <source>(look-alike letters or digits)</source>
        <translation>(huruf atau angka yang mirip)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Looks OK</source>
        <translation>Tampak aman</translation>
    </message>
    <message>
        <source>Be careful</source>
        <translation>Hati-hati</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation>Informasi belum cukup</translation>
    </message>
    <message>
        <source>No warning signs found. Still pay with buyer protection when you can.</source>
        <translation>Tidak ada tanda bahaya. Tetap bayar dengan perlindungan pembeli bila bisa.</translation>
    </message>
    <message>
        <source>Some things are not right. Read the reasons before you pay.</source>
        <translation>Ada yang kurang beres. Baca alasannya sebelum membayar.</translation>
    </message>
    <message>
        <source>Serious warning signs. Do not pay this seller.</source>
        <translation>Tanda bahaya serius. Jangan bayar penjual ini.</translation>
    </message>
    <message>
        <source>The checks could not tell enough. Do the self-check before you pay.</source>
        <translation>Pemeriksaan otomatis belum cukup untuk menilai. Lakukan pemeriksaan mandiri sebelum membayar.</translation>
    </message>
    <message>
        <source>Pay only through the marketplace&apos;s own checkout. If the seller asks you to move to WhatsApp or to pay by bank transfer, walk away.</source>
        <extracomment>Added to the advice for marketplace listings that are not high risk (DESIGN.md §3): the marketplace protects the buyer only inside its own checkout.</extracomment>
        <translation>Bayar hanya lewat checkout resmi marketplace. Kalau penjual mengajak pindah ke WhatsApp atau minta transfer bank, tinggalkan saja.</translation>
    </message>
    <message>
        <source>HTTPS certificate and secure connection (offline: not checked)</source>
        <translation>Sertifikat HTTPS dan koneksi aman (offline: tidak diperiksa)</translation>
    </message>
    <message>
        <source>Domain age and registration data (offline: not checked)</source>
        <translation>Umur domain dan data pendaftarannya (offline: tidak diperiksa)</translation>
    </message>
    <message>
        <source>Site content: contact details, policies, payment methods (offline: not checked)</source>
        <translation>Isi situs: kontak, kebijakan, cara pembayaran (offline: tidak diperiksa)</translation>
    </message>
    <message>
        <source>Domain age and registration data (the registry could not tell)</source>
        <translation>Umur domain dan data pendaftarannya (registri domain tidak memberi jawaban)</translation>
    </message>
    <message>
        <source>High risk: do not pay this seller.</source>
        <translation>Risiko tinggi: jangan bayar ke penjual ini.</translation>
    </message>
    <message>
        <source>Be careful: some warning signs need your attention.</source>
        <translation>Hati-hati: ada tanda bahaya yang perlu Anda perhatikan.</translation>
    </message>
    <message>
        <source>Not enough information: the checks could not see enough. Do the self-check.</source>
        <translation>Informasi belum cukup: pemeriksaan otomatis tidak bisa melihat banyak. Lakukan pemeriksaan mandiri.</translation>
    </message>
    <message>
        <source>Looks OK: no warning signs were found.</source>
        <translation>Tampak aman: tidak ditemukan tanda bahaya.</translation>
    </message>
    <message>
        <source>Looks OK: this is the official site. Pay only through its own checkout.</source>
        <translation>Tampak aman: ini situs resminya. Bayar hanya lewat checkout situs itu sendiri.</translation>
    </message>
    <message>
        <source>High risk: several independent warning signs together match a typical fake shop.</source>
        <translation>Risiko tinggi: beberapa tanda bahaya sekaligus cocok dengan pola toko palsu.</translation>
    </message>
    <message>
        <source>The shop&apos;s own pages: contact details, policies, payment methods (they could not be read)</source>
        <translation>Halaman toko itu sendiri: kontak, kebijakan, cara pembayaran (tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>High risk: the address imitates a known name and the domain is new or recently changed hands.</source>
        <translation>Risiko tinggi: alamatnya meniru nama terkenal dan domainnya baru atau baru saja berpindah tangan.</translation>
    </message>
</context>
<context>
    <name>_PassphraseForm</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway</source>
        <translation>Tetap gunakan kata sandi lemah ini</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>Strength: {words}</source>
        <translation>Kekuatan: {words}</translation>
    </message>
    <message>
        <source>Each person has their own passphrase; nobody else needs to know it.</source>
        <translation>Setiap orang punya kata sandi sendiri; orang lain tidak perlu mengetahuinya.</translation>
    </message>
</context>
</TS>
