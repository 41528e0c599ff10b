<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddHereDialog</name>
    <message>
        <source>Add someone at this PC</source>
        <translation>Añadir a alguien en este PC</translation>
    </message>
    <message>
        <source>Hand the keyboard to the new member: they type their name and a passphrase of their own. They can open the archive with it right away.</source>
        <translation>Pasa el teclado al nuevo miembro: escribe su nombre y una frase de contraseña propia. Podrá abrir el archivo con ella enseguida.</translation>
    </message>
    <message>
        <source>Make them an organiser (they can let members in and remove them)</source>
        <translation>Nombrarlo organizador (podrá dejar entrar a miembros y quitarlos)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <source>{years} and {months}</source>
        <translation>{years} y {months}</translation>
    </message>
</context>
<context>
    <name>Analyze</name>
    <message>
        <source>The text holds {count} links</source>
        <translation>El texto contiene {count} enlaces</translation>
    </message>
    <message>
        <source>This report is about {host}, the most worrying of them. Check the others separately.</source>
        <translation>Este informe trata de {host}, el más preocupante de ellos. Comprueba los demás por separado.</translation>
    </message>
    <message>
        <source>Only the start of the text was checked</source>
        <translation>Solo se comprobó el principio del texto</translation>
    </message>
    <message>
        <source>The text is {length} characters long; ShopSafe read the first {limit}. Paste only the link or the number you want to check.</source>
        <translation>El texto tiene {length} caracteres; ShopSafe leyó los primeros {limit}. Pega solo el enlace o el número que quieres comprobar.</translation>
    </message>
    <message>
        <source>Also in the message: {host}</source>
        <translation>También en el mensaje: {host}</translation>
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
        <translation>No se pudo usar el archivo cifrado.</translation>
    </message>
    <message>
        <source>No ShopSafe archive was found in {path}.</source>
        <translation>No se encontró ningún archivo de ShopSafe en {path}.</translation>
    </message>
    <message>
        <source>{path} already holds an archive; choose an empty folder.</source>
        <translation>{path} ya contiene un archivo; elige una carpeta vacía.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is wrong.</source>
        <translation>La frase de contraseña o la clave de recuperación no es correcta.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but nobody has let you into this archive yet. Ask a family member who already uses it to grant you access.</source>
        <translation>Tu frase de contraseña es correcta, pero todavía nadie te ha dado acceso a este archivo. Pide a un familiar que ya lo use que te dé acceso.</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it to continue.</source>
        <translation>El archivo está bloqueado. Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <source>This recovery key is not valid. Check it for typing mistakes.</source>
        <translation>Esta clave de recuperación no es válida. Revisa si hay errores de escritura.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ShopSafe (format {version}). Update ShopSafe to open it.</source>
        <translation>{path} lo creó una versión más reciente de ShopSafe (formato {version}). Actualiza ShopSafe para abrirlo.</translation>
    </message>
    <message>
        <source>{path} asks for unsafe key-derivation settings ({parameter}); it was not used.</source>
        <translation>{path} pide una configuración de derivación de claves insegura ({parameter}); no se ha usado.</translation>
    </message>
    <message>
        <source>{path} is damaged and was skipped: {reason}</source>
        <translation>{path} está dañado y se ha omitido: {reason}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check (changed, cut short or moved): {reason}</source>
        <translation>{path} no superó la comprobación de integridad (modificado, truncado o movido): {reason}</translation>
    </message>
    <message>
        <source>Nothing with the id {item} is in the archive.</source>
        <translation>No hay nada con el identificador {item} en el archivo.</translation>
    </message>
    <message>
        <source>its contents do not match their authentication tag or signature</source>
        <translation>su contenido no coincide con su etiqueta de autenticación o su firma</translation>
    </message>
    <message>
        <source>it is not in the expected format</source>
        <translation>no tiene el formato esperado</translation>
    </message>
    <message>
        <source>it was written by a newer version of ShopSafe</source>
        <translation>lo creó una versión más reciente de ShopSafe</translation>
    </message>
    <message>
        <source>it is encrypted with a key this member has not been given</source>
        <translation>está cifrado con una clave que este miembro no ha recibido</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el fichero</translation>
    </message>
    <message>
        <source>its file name is not one ShopSafe writes</source>
        <translation>su nombre no es uno de los que usa ShopSafe</translation>
    </message>
    <message>
        <source>it asks for unsafe key-derivation settings</source>
        <translation>pide una configuración de derivación de claves insegura</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>it is a sync service&apos;s copy of another file of the archive with the same contents; it can be deleted</source>
        <translation>es una copia que hizo el servicio de sincronización de otro fichero del archivo, con el mismo contenido; se puede borrar</translation>
    </message>
    <message>
        <source>{path} inside the archive is a link to another place. ShopSafe never follows links inside an archive, so it did not open it. Someone who can change the shared folder may have put the link there: remove it, then open the archive again.</source>
        <translation>{path} dentro del archivo es un enlace a otro lugar. ShopSafe nunca sigue enlaces dentro de un archivo, así que no lo abrió. Alguien que puede cambiar la carpeta compartida puede haber puesto ese enlace ahí: bórralo y vuelve a abrir el archivo.</translation>
    </message>
    <message>
        <source>it is a link to another place, and links inside an archive are never followed</source>
        <translation>es un enlace a otro lugar, y los enlaces dentro de un archivo nunca se siguen</translation>
    </message>
    <message>
        <source>it is larger than its kind of file can be</source>
        <translation>es más grande de lo que puede ser un archivo de su tipo</translation>
    </message>
    <message>
        <source>{path} is not empty and holds no archive; choose an empty or new folder.</source>
        <translation>{path} no está vacía y no contiene ningún archivo; elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>{path} is damaged or missing, so your passphrase could not be checked (it may well be right). Open the archive with your recovery key, then set your passphrase again.</source>
        <translation>{path} está dañado o falta, así que no se pudo comprobar su frase de contraseña (puede que sea correcta). Abra el archivo con su clave de recuperación y vuelva a establecer su frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase opened none of the {tried} passphrase slots tried; this archive has {count}, more than ShopSafe tries at once. If you are sure of your passphrase, give your member id with --member.</source>
        <translation>La frase de contraseña no abrió ninguna de las {tried} ranuras probadas; este archivo tiene {count}, más de las que ShopSafe prueba de una vez. Si está seguro de su frase, indique su identificador de miembro con --member.</translation>
    </message>
    <message>
        <source>You were let into this archive, but your access file ({path}) is missing. Ask the family member who let you in to grant access again, or open the archive with the recovery key.</source>
        <translation>Se le dio acceso a este archivo, pero falta su archivo de acceso ({path}). Pida al familiar que le dio acceso que vuelva a concedérselo, o abra el archivo con la clave de recuperación.</translation>
    </message>
    <message>
        <source>{reason} (in {path})</source>
        <translation>{reason} (en {path})</translation>
    </message>
    <message>
        <source>1 record written by {owner} is missing</source>
        <translation>Falta 1 registro escrito por {owner}</translation>
    </message>
    <message>
        <source>{count} records written by {owner} are missing</source>
        <translation>Faltan {count} registros escritos por {owner}</translation>
    </message>
    <message>
        <source>Missing records may still be in your sync service&apos;s deleted files or version history, or in a backup of the archive folder: put them back into the journal folder named above (ShopSafe never changes existing files, so this is safe). Until then the archive shows the last state it can prove; everything else in it is intact.</source>
        <translation>Los registros que faltan quizá sigan en los archivos eliminados o en el historial de versiones de su servicio de sincronización, o en una copia de seguridad de la carpeta del archivo: vuelva a ponerlos en la carpeta journal indicada arriba (ShopSafe nunca modifica archivos existentes, así que es seguro). Mientras tanto, el archivo muestra el último estado que puede demostrar; todo lo demás está intacto.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the keys of member {member}, so access was not granted. Ask them to read their fingerprint out again; if it still differs, someone may have replaced their request to join.</source>
        <translation>La huella no coincide con las claves del miembro {member}, así que no se concedió el acceso. Pídale que vuelva a leerle su huella; si sigue sin coincidir, puede que alguien haya sustituido su solicitud de unirse.</translation>
    </message>
    <message>
        <source>Only the person who created this archive, or someone they made an organiser, can let members in or remove them. Nothing was changed.</source>
        <translation>Solo quien creó este archivo, o alguien a quien nombró organizador, puede admitir o quitar miembros. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Member {member} was removed from this archive. To come back they ask to join again (with a new member id).</source>
        <translation>El miembro {member} fue quitado de este archivo. Para volver, debe pedir unirse de nuevo (con un nuevo identificador de miembro).</translation>
    </message>
    <message>
        <source>This archive still uses format 1, which cannot safely remove anyone. Upgrade it first with &apos;shopsafe archive upgrade&apos; (the founder does this once).</source>
        <translation>Este archivo aún usa el formato 1, que no permite quitar a nadie de forma segura. Actualícelo primero con &apos;shopsafe archive upgrade&apos; (lo hace una vez quien lo creó).</translation>
    </message>
    <message>
        <source>Nothing new can be saved: a record in the archive claims the largest clock value a file name can carry. Run &apos;shopsafe archive verify&apos; to see where it is, and remove the member who wrote it.</source>
        <translation>No se puede guardar nada nuevo: un registro del archivo declara el mayor valor de reloj que admite un nombre de archivo. Ejecute &apos;shopsafe archive verify&apos; para ver dónde está y quite al miembro que lo escribió.</translation>
    </message>
    <message>
        <source>it was not written by a member allowed to write it at that time</source>
        <translation>no lo escribió un miembro autorizado a escribirlo en ese momento</translation>
    </message>
    <message>
        <source>it is older than the one this PC already saw (an older copy was put back)</source>
        <translation>es más antiguo que el que este PC ya vio (se restauró una copia anterior)</translation>
    </message>
    <message>
        <source>no valid list of members was found, so only the founder is trusted</source>
        <translation>no se encontró una lista de miembros válida, así que solo se confía en quien creó el archivo</translation>
    </message>
    <message>
        <source>no record names it (an interrupted add, or put there by someone else)</source>
        <translation>ningún registro lo menciona (una adición interrumpida, o lo puso otra persona)</translation>
    </message>
    <message>
        <source>a record written there does not follow the one before it (it may have been replaced)</source>
        <translation>un registro escrito allí no sigue al anterior (puede haber sido sustituido)</translation>
    </message>
    <message>
        <source>{name}&apos;s PC</source>
        <translation>el PC de {name}</translation>
    </message>
    <message>
        <source>the PC {device}</source>
        <translation>el PC {device}</translation>
    </message>
    <message>
        <source>No member {member} is on this archive&apos;s list, so nobody was removed and nothing was changed.</source>
        <translation>No hay ningún miembro {member} en la lista de este archivo, así que no se quitó a nadie y no se cambió nada.</translation>
    </message>
    <message>
        <source>You cannot remove yourself while changing the archive key. Nothing was changed.</source>
        <translation>No puedes quitarte a ti mismo mientras cambias la clave del archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or folder), so it is not read</source>
        <translation>no es un archivo normal (una tubería, un dispositivo o una carpeta), así que no se lee</translation>
    </message>
    <message>
        <source>it was put into another PC&apos;s folder by someone else and does not follow that PC&apos;s records</source>
        <translation>otra persona lo puso en la carpeta de otro PC y no sigue los registros de ese PC</translation>
    </message>
    <message>
        <source>This change to the list of members was not accepted: someone changed the list at the same time in a way that takes precedence, or the change is one only the founder may make. Open the archive again to see the current list.</source>
        <translation>Este cambio en la lista de miembros no se aceptó: alguien cambió la lista al mismo tiempo de una forma que tiene prioridad, o es un cambio que solo puede hacer quien creó el archivo. Vuelve a abrir el archivo para ver la lista actual.</translation>
    </message>
    <message>
        <source>This is not a ShopSafe invitation code. Ask for the whole code: it starts with SHOPSAFE-JOIN and ends with the four groups of the fingerprint.</source>
        <extracomment>Roles as the members list shows them, most responsible first.</extracomment>
        <translation>Esto no es un código de invitación de ShopSafe. Pide el código completo: empieza por SHOPSAFE-JOIN y termina con los cuatro grupos de la huella.</translation>
    </message>
    <message>
        <source>This invitation code is for another archive. Ask the person to choose this family&apos;s archive folder when they ask to join.</source>
        <translation>Este código de invitación es para otro archivo. Pide a esa persona que elija la carpeta del archivo de esta familia al pedir unirse.</translation>
    </message>
    <message>
        <source>Only the person who created this archive (or its recovery key) can make someone an organiser. Nothing was changed.</source>
        <translation>Solo quien creó este archivo (o su clave de recuperación) puede nombrar organizador a alguien. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Only the person who created this archive (or its recovery key) can remove an organiser. Nothing was changed.</source>
        <translation>Solo quien creó este archivo (o su clave de recuperación) puede quitar a un organizador. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ArchiveCli</name>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repite la frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrases differ; try again.</source>
        <translation>Las frases de contraseña no coinciden; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>aviso: {problem}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>error: {path} already exists (use --force to overwrite)</source>
        <translation>error: {path} ya existe (usa --force para sobrescribirlo)</translation>
    </message>
    <message>
        <source>error: {path}: {reason}</source>
        <translation>error: {path}: {reason}</translation>
    </message>
    <message>
        <source>Created the archive {path}.</source>
        <translation>Se ha creado el archivo {path}.</translation>
    </message>
    <message>
        <source>Keep your passphrase safe, and run &apos;shopsafe archive recovery&apos; to print a recovery key.</source>
        <translation>Guarda bien tu frase de contraseña y ejecuta &apos;shopsafe archive recovery&apos; para imprimir una clave de recuperación.</translation>
    </message>
    <message>
        <source>Exported {file} ({size} bytes).</source>
        <translation>Exportado {file} ({size} bytes).</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>DAMAGED {path}: {reason}</source>
        <translation>DAÑADO {path}: {reason}</translation>
    </message>
    <message>
        <source>{count} damaged file(s); they were left in place.</source>
        <translation>{count} fichero(s) dañado(s); se han dejado donde estaban.</translation>
    </message>
    <message>
        <source>All {count} files are intact.</source>
        <translation>Los {count} ficheros están intactos.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Recovered: member {member} now opens the archive with the new passphrase.</source>
        <translation>Recuperado: el miembro {member} ya abre el archivo con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Frase de contraseña cambiada.</translation>
    </message>
    <message>
        <source>Wrote the new recovery key to {file}.</source>
        <translation>La nueva clave de recuperación se guardó en {file}.</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe: it opens the archive without any passphrase.</source>
        <translation>Imprímela o anótala y guárdala en un lugar seguro: abre el archivo sin ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>Asked to join as member {member}, fingerprint {fingerprint}.</source>
        <translation>Solicitud enviada para unirte como miembro {member}, huella {fingerprint}.</translation>
    </message>
    <message>
        <source>Read the fingerprint to the family member who will let you in, so they can check it before granting access.</source>
        <translation>Lee la huella al familiar que te dará acceso, para que pueda comprobarla antes de dártelo.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <source>has access</source>
        <translation>tiene acceso</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (tú)</translation>
    </message>
    <message>
        <source>Member {member} can now open the archive.</source>
        <translation>El miembro {member} ya puede abrir el archivo.</translation>
    </message>
    <message>
        <source>the encrypted evidence archive</source>
        <translation>el archivo cifrado de pruebas</translation>
    </message>
    <message>
        <source>Keep orders, receipts and chats in an encrypted archive folder.</source>
        <translation>Guarda pedidos, recibos y chats en una carpeta de archivo cifrado.</translation>
    </message>
    <message>
        <source>archive commands</source>
        <translation>órdenes del archivo</translation>
    </message>
    <message>
        <source>the archive folder (e.g. MyArchive.shopsafe)</source>
        <translation>la carpeta del archivo (p. ej., MiArchivo.shopsafe)</translation>
    </message>
    <message>
        <source>read the passphrase from this file</source>
        <translation>leer la frase de contraseña de este fichero</translation>
    </message>
    <message>
        <source>unlock with the recovery key stored in this file</source>
        <translation>desbloquear con la clave de recuperación guardada en este fichero</translation>
    </message>
    <message>
        <source>only try this member&apos;s slots</source>
        <translation>probar solo las ranuras de este miembro</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>mostrar JSON</translation>
    </message>
    <message>
        <source>Argon2id memory in KiB (default: calibrated to ~0.6 s)</source>
        <translation>memoria de Argon2id en KiB (por defecto: calibrada a ~0,6 s)</translation>
    </message>
    <message>
        <source>Argon2id iterations</source>
        <translation>iteraciones de Argon2id</translation>
    </message>
    <message>
        <source>accept a passphrase the estimator calls weak</source>
        <translation>aceptar una frase de contraseña que el estimador considera débil</translation>
    </message>
    <message>
        <source>your name as shown to the family</source>
        <translation>tu nombre tal como lo verá la familia</translation>
    </message>
    <message>
        <source>create a new archive</source>
        <translation>crear un archivo nuevo</translation>
    </message>
    <message>
        <source>print a recovery key right away (else you are asked when the terminal is interactive)</source>
        <translation>mostrar enseguida una clave de recuperación (si no, se pregunta cuando el terminal es interactivo)</translation>
    </message>
    <message>
        <source>encrypt files into the archive</source>
        <translation>cifrar ficheros en el archivo</translation>
    </message>
    <message>
        <source>the files to add (all are checked first)</source>
        <translation>los ficheros que se añaden (se comprueban todos antes)</translation>
    </message>
    <message>
        <source>attach to this order (default: a new order)</source>
        <translation>adjuntar a este pedido (por defecto: un pedido nuevo)</translation>
    </message>
    <message>
        <source>title of the new order</source>
        <translation>título del pedido nuevo</translation>
    </message>
    <message>
        <source>seller of the new order</source>
        <translation>vendedor del pedido nuevo</translation>
    </message>
    <message>
        <source>date of the new order (YYYY-MM-DD)</source>
        <translation>fecha del pedido nuevo (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>amount paid, as written (e.g. &apos;Rp 250.000&apos;)</source>
        <translation>importe pagado, tal como está escrito (p. ej., &apos;250,00 €&apos;)</translation>
    </message>
    <message>
        <source>tag for the order (repeatable)</source>
        <translation>etiqueta del pedido (se puede repetir)</translation>
    </message>
    <message>
        <source>list the orders with their files</source>
        <translation>listar los pedidos con sus ficheros</translation>
    </message>
    <message>
        <source>include deleted orders</source>
        <translation>incluir los pedidos borrados</translation>
    </message>
    <message>
        <source>show one order or file</source>
        <translation>mostrar un pedido o un fichero</translation>
    </message>
    <message>
        <source>an order id, a file id or a file name</source>
        <translation>un id de pedido, un id de fichero o un nombre de fichero</translation>
    </message>
    <message>
        <source>decrypt a file (or all of an order&apos;s) to disk</source>
        <translation>descifrar un fichero (o todos los de un pedido) al disco</translation>
    </message>
    <message>
        <source>a file name, a file id or an order id</source>
        <translation>un nombre de fichero, un id de fichero o un id de pedido</translation>
    </message>
    <message>
        <source>file (for a file) or folder (for an order)</source>
        <translation>fichero (para un fichero) o carpeta (para un pedido)</translation>
    </message>
    <message>
        <source>overwrite existing files</source>
        <translation>sobrescribir los ficheros que ya existan</translation>
    </message>
    <message>
        <source>search the archive (accents and case ignored)</source>
        <translation>buscar en el archivo (sin distinguir acentos ni mayúsculas)</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>palabras que buscar</translation>
    </message>
    <message>
        <source>check every file; exit 1 naming each damaged one</source>
        <translation>comprobar cada fichero; sale con 1 y nombra cada fichero dañado</translation>
    </message>
    <message>
        <source>change your passphrase</source>
        <translation>cambiar tu frase de contraseña</translation>
    </message>
    <message>
        <source>read the new passphrase from this file</source>
        <translation>leer la nueva frase de contraseña de este fichero</translation>
    </message>
    <message>
        <source>name for the new member (after recovery)</source>
        <translation>nombre del nuevo miembro (tras la recuperación)</translation>
    </message>
    <message>
        <source>ask to join a family archive with your own passphrase</source>
        <translation>pedir unirte a un archivo familiar con tu propia frase de contraseña</translation>
    </message>
    <message>
        <source>let a member who asked to join open the archive</source>
        <translation>permitir abrir el archivo a un miembro que pidió unirse</translation>
    </message>
    <message>
        <source>the member id shown by &apos;join&apos;</source>
        <translation>el id de miembro que mostró &apos;join&apos;</translation>
    </message>
    <message>
        <source>create a new printable recovery key</source>
        <translation>crear una nueva clave de recuperación imprimible</translation>
    </message>
    <message>
        <source>write the key to this new file instead</source>
        <translation>escribir la clave en este fichero nuevo</translation>
    </message>
    <message>
        <source>language of the messages (default: SHOPSAFE_LANGUAGE, else the language chosen in Settings, else the system&apos;s)</source>
        <translation>idioma de los mensajes (por defecto: SHOPSAFE_LANGUAGE; si no, el elegido en Ajustes; si no, el del sistema)</translation>
    </message>
    <message>
        <source>warning: this passphrase is {label}.</source>
        <translation>aviso: esta frase de contraseña es {label}.</translation>
    </message>
    <message>
        <source>error: choose a stronger passphrase, or add --weak-passphrase to use this one anyway.</source>
        <translation>error: elige una frase de contraseña más fuerte, o añade --weak-passphrase para usar esta de todos modos.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>seller: {seller}</source>
        <translation>vendedor: {seller}</translation>
    </message>
    <message>
        <source>total: {total}</source>
        <translation>total: {total}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>estado: {status}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
    <message>
        <source>needs review (edited on two PCs)</source>
        <translation>hay que revisarlo (editado en dos PC)</translation>
    </message>
    <message>
        <source>Print a recovery key now? [y/N] </source>
        <translation>¿Mostrar ahora una clave de recuperación? [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Your recovery key (earlier recovery keys no longer work):</source>
        <translation>Tu clave de recuperación (las claves de recuperación anteriores ya no sirven):</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe: it opens the archive without any passphrase. Without your passphrase and this key, nothing in the archive can be recovered.</source>
        <translation>Imprímela o apúntala y guárdala en un lugar seguro: abre el archivo sin ninguna frase de contraseña. Sin tu frase de contraseña y esta clave, no se puede recuperar nada del archivo.</translation>
    </message>
    <message>
        <source>error: {path} is not a readable file.</source>
        <translation>error: {path} no es un fichero legible.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se ha añadido nada.</translation>
    </message>
    <message>
        <source>Added {file} to the order {title}.</source>
        <translation>Se ha añadido {file} al pedido {title}.</translation>
    </message>
    <message>
        <source>This file belongs to no order.</source>
        <translation>Este fichero no pertenece a ningún pedido.</translation>
    </message>
    <message>
        <source>check report</source>
        <translation>informe de comprobación</translation>
    </message>
    <message>
        <source>cost breakdown</source>
        <translation>desglose de costes</translation>
    </message>
    <message>
        <source>error: several files have that name; use one of these ids:</source>
        <translation>error: varios ficheros tienen ese nombre; usa uno de estos id:</translation>
    </message>
    <message>
        <source>  the file {file} of the order {order}</source>
        <translation>  el fichero {file} del pedido {order}</translation>
    </message>
    <message>
        <source>error: the new passphrase is empty; nothing was changed</source>
        <translation>error: la nueva frase de contraseña está vacía; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>NOTE {path}: {reason}</source>
        <translation>NOTA {path}: {reason}</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this folder, but it still opens old copies of it (a backup, your sync service&apos;s version history), and through them your member identity, including keys shared with it later. If the old passphrase may have leaked: open the archive with the recovery key, run &apos;shopsafe archive passwd&apos; there for a new identity, then &apos;shopsafe archive rotate --remove {member}&apos;.</source>
        <translation>La frase de contraseña anterior ya no abre esta carpeta, pero sí abre copias antiguas de ella (una copia de seguridad, el historial de versiones de su servicio de sincronización) y, a través de ellas, su identidad de miembro, incluidas las claves que se le compartan después. Si la frase anterior pudo filtrarse: abra el archivo con la clave de recuperación, ejecute allí &apos;shopsafe archive passwd&apos; para obtener una identidad nueva y luego &apos;shopsafe archive rotate --remove {member}&apos;.</translation>
    </message>
    <message>
        <source>Ask member {member} to read out their fingerprint, and type it here: </source>
        <translation>Pida al miembro {member} que le lea su huella y escríbala aquí: </translation>
    </message>
    <message>
        <source>error: no fingerprint given; nothing was changed (use --fingerprint)</source>
        <translation>error: no se indicó la huella; no se ha cambiado nada (use --fingerprint)</translation>
    </message>
    <message>
        <source>New archive key (generation {generation}) shared with every member still on the list.</source>
        <translation>Nueva clave del archivo (generación {generation}) compartida con cada miembro que sigue en la lista.</translation>
    </message>
    <message>
        <source>Removed: {members}. They keep what they could already read, but cannot read or write anything from now on.</source>
        <translation>Quitados: {members}. Conservan lo que ya podían leer, pero a partir de ahora no pueden leer ni escribir nada.</translation>
    </message>
    <message>
        <source>This archive already uses format 2.</source>
        <translation>Este archivo ya usa el formato 2.</translation>
    </message>
    <message>
        <source>Upgraded to format 2: members are now on a signed list and every new record is signed. Create a new recovery key now (&apos;shopsafe archive recovery&apos;): the old one is not carried over.</source>
        <translation>Actualizado al formato 2: los miembros figuran ahora en una lista firmada y cada registro nuevo va firmado. Cree ahora una nueva clave de recuperación (&apos;shopsafe archive recovery&apos;): la anterior no se conserva.</translation>
    </message>
    <message>
        <source>the fingerprint the new member reads out to you (asked if missing)</source>
        <translation>la huella que el nuevo miembro le lee (se pregunta si falta)</translation>
    </message>
    <message>
        <source>new archive key for everyone except removed members</source>
        <translation>nueva clave del archivo para todos salvo los miembros quitados</translation>
    </message>
    <message>
        <source>remove this member (repeatable)</source>
        <translation>quitar a este miembro (se puede repetir)</translation>
    </message>
    <message>
        <source>upgrade a format 1 archive to format 2 (founder only)</source>
        <translation>actualizar un archivo de formato 1 al formato 2 (solo quien lo creó)</translation>
    </message>
    <message>
        <source>error: {path} is not UTF-8 text; save the passphrase or recovery key as plain text and try again</source>
        <translation>error: {path} no es texto UTF-8; guarda la frase de contraseña o la clave de recuperación como texto sin formato e inténtalo de nuevo</translation>
    </message>
    <message>
        <source>error: something unexpected went wrong and nothing more was done; the details are in the log</source>
        <translation>error: algo inesperado salió mal y no se hizo nada más; los detalles están en el registro</translation>
    </message>
    <message>
        <source>the family&apos;s seller book (in the archive)</source>
        <translation>la libreta de vendedores de la familia (en el archivo)</translation>
    </message>
    <message>
        <source>Sellers your family knows, their phone numbers, accounts and links, and the family&apos;s verdict on each.</source>
        <translation>Los vendedores que conoce tu familia, sus teléfonos, cuentas y enlaces, y el veredicto de la familia sobre cada uno.</translation>
    </message>
    <message>
        <source>seller book commands</source>
        <translation>órdenes de la libreta de vendedores</translation>
    </message>
    <message>
        <source>your country (ISO code, e.g. ID, ES, MX): how national phone numbers are read (default ID)</source>
        <translation>tu país (código ISO, p. ej. ID, ES, MX): cómo se leen los teléfonos nacionales (por defecto ID)</translation>
    </message>
    <message>
        <source>a seller&apos;s id or name</source>
        <translation>el id o el nombre de un vendedor</translation>
    </message>
    <message>
        <source>list the sellers and the family&apos;s verdicts</source>
        <translation>lista los vendedores y los veredictos de la familia</translation>
    </message>
    <message>
        <source>one seller: identifiers, verdicts, orders</source>
        <translation>un vendedor: identificadores, veredictos, pedidos</translation>
    </message>
    <message>
        <source>add a seller to the book</source>
        <translation>añade un vendedor a la libreta</translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation>el nombre del vendedor</translation>
    </message>
    <message>
        <source>phone or WhatsApp number, or wa.me link (repeatable)</source>
        <translation>teléfono o número de WhatsApp, o enlace wa.me (se puede repetir)</translation>
    </message>
    <message>
        <source>bank account, e.g. &apos;BCA 123 456 7890 a.n. Budi&apos; (bank and holder optional; repeatable)</source>
        <translation>cuenta bancaria, p. ej. &apos;BBVA 0123 4567 89 titular Juan&apos; (banco y titular opcionales; se puede repetir)</translation>
    </message>
    <message>
        <source>web address of the shop (repeatable)</source>
        <translation>dirección web de la tienda (se puede repetir)</translation>
    </message>
    <message>
        <source>social handle or profile link (repeatable)</source>
        <translation>usuario de redes sociales o enlace al perfil (se puede repetir)</translation>
    </message>
    <message>
        <source>e-wallet id, e.g. &apos;DANA 0812…&apos; (repeatable)</source>
        <translation>id de monedero electrónico, p. ej. &apos;Bizum 612…&apos; (se puede repetir)</translation>
    </message>
    <message>
        <source>marketplace shop link (repeatable)</source>
        <translation>enlace a la tienda en un marketplace (se puede repetir)</translation>
    </message>
    <message>
        <source>a note about the seller</source>
        <translation>una nota sobre el vendedor</translation>
    </message>
    <message>
        <source>give the family&apos;s verdict on a seller</source>
        <translation>da el veredicto de la familia sobre un vendedor</translation>
    </message>
    <message>
        <source>scam, trusted or unsure</source>
        <translation>scam (estafa), trusted (de confianza) o unsure (dudoso)</translation>
    </message>
    <message>
        <source>why (the family sees it)</source>
        <translation>por qué (la familia lo verá)</translation>
    </message>
    <message>
        <source>merge a duplicate into another seller</source>
        <translation>fusiona un duplicado con otro vendedor</translation>
    </message>
    <message>
        <source>the seller to keep</source>
        <translation>el vendedor que se conserva</translation>
    </message>
    <message>
        <source>the duplicate to merge into it</source>
        <translation>el duplicado que se fusiona con él</translation>
    </message>
    <message>
        <source>a signed card of one seller to send through a chat</source>
        <translation>una ficha firmada de un vendedor para enviar por chat</translation>
    </message>
    <message>
        <source>write the card to this new file (default: print it as text)</source>
        <translation>escribe la ficha en este archivo nuevo (por defecto: la muestra como texto)</translation>
    </message>
    <message>
        <source>check a seller card someone sent</source>
        <translation>comprueba una ficha de vendedor que te enviaron</translation>
    </message>
    <message>
        <source>the card file, or - to paste its text</source>
        <translation>el archivo de la ficha, o - para pegar su texto</translation>
    </message>
    <message>
        <source>also put the seller and its verdict in your book</source>
        <translation>añade también el vendedor y su veredicto a tu libreta</translation>
    </message>
    <message>
        <source>list fields edited on two computers at once, with every version</source>
        <translation>lista los campos cambiados en dos ordenadores a la vez, con todas sus versiones</translation>
    </message>
    <message>
        <source>settle a field edited on two computers at once</source>
        <translation>resuelve un campo cambiado en dos ordenadores a la vez</translation>
    </message>
    <message>
        <source>the order (or other item) id shown by &apos;conflicts&apos;</source>
        <translation>el id del pedido (u otro elemento) que muestra &apos;conflicts&apos;</translation>
    </message>
    <message>
        <source>the field shown by &apos;conflicts&apos; (e.g. title)</source>
        <translation>el campo que muestra &apos;conflicts&apos; (p. ej. title)</translation>
    </message>
    <message>
        <source>keep version N as numbered by &apos;conflicts&apos;</source>
        <translation>quedarse con la versión N según la numera &apos;conflicts&apos;</translation>
    </message>
    <message>
        <source>write this value instead of any version</source>
        <translation>escribir este valor en lugar de cualquier versión</translation>
    </message>
    <message>
        <source>Nothing to review: every edit has been settled.</source>
        <translation>Nada que revisar: todos los cambios están resueltos.</translation>
    </message>
    <message>
        <source>{item} {field} — {label}</source>
        <translation>{item} {field} — {label}</translation>
    </message>
    <message>
        <source> (shown now)</source>
        <translation> (la que se ve ahora)</translation>
    </message>
    <message>
        <source>{n}. {value} by {who}, {when}{shown}</source>
        <translation>{n}. {value} de {who}, {when}{shown}</translation>
    </message>
    <message>
        <source>Settle one with: shopsafe archive resolve ARCHIVE ITEM FIELD --keep N (or --value TEXT)</source>
        <translation>Resuélvalo con: shopsafe archive resolve ARCHIVO ELEMENTO CAMPO --keep N (o --value TEXTO)</translation>
    </message>
    <message>
        <source>error: {field} of {item} has no edits to settle (see &apos;shopsafe archive conflicts&apos;)</source>
        <translation>error: {field} de {item} no tiene cambios por resolver (vea &apos;shopsafe archive conflicts&apos;)</translation>
    </message>
    <message>
        <source>error: choose a version from 1 to {count}</source>
        <translation>error: elija una versión del 1 al {count}</translation>
    </message>
    <message>
        <source>Settled: {field} is now {value} for everyone.</source>
        <translation>Resuelto: {field} es ahora {value} para toda la familia.</translation>
    </message>
    <message>
        <source>your country (ISO code, e.g. ID, ES, MX): currency and date order</source>
        <translation>tu país (código ISO, p. ej. ID, ES, MX): moneda y orden de las fechas</translation>
    </message>
    <message>
        <source>read the text of files not read yet (pictures by OCR, PDFs, e-mails)</source>
        <translation>lee el texto de los ficheros aún no leídos (imágenes con OCR, PDF, correos)</translation>
    </message>
    <message>
        <source>only this order&apos;s files (an order id)</source>
        <translation>solo los ficheros de este pedido (un id de pedido)</translation>
    </message>
    <message>
        <source>read every file again, also those already read</source>
        <translation>vuelve a leer todos los ficheros, también los ya leídos</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>comercio</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
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
        <translation>impuesto</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>forma de pago</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>identificación fiscal</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>recipient account</source>
        <translation>cuenta del beneficiario</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>beneficiario</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>transfer proof</source>
        <translation>comprobante de transferencia</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>{file}: not read yet (run &apos;shopsafe archive reread&apos;)</source>
        <translation>{file}: aún sin leer (ejecuta &apos;shopsafe archive reread&apos;)</translation>
    </message>
    <message>
        <source>{file}: could not be read (damaged)</source>
        <translation>{file}: no se pudo leer (dañado)</translation>
    </message>
    <message>
        <source>{file}: read as a {kind}</source>
        <translation>{file}: leído como {kind}</translation>
    </message>
    <message>
        <source>(check this)</source>
        <translation>(revísalo)</translation>
    </message>
    <message>
        <source>Every file has been read already.</source>
        <translation>Todos los ficheros ya están leídos.</translation>
    </message>
    <message>
        <source>Read {done} of {total}: {file}</source>
        <translation>Leído {done} de {total}: {file}</translation>
    </message>
    <message>
        <source>Stopped; the {count} file(s) read so far are kept.</source>
        <translation>Detenido; se conservan los {count} ficheros leídos hasta ahora.</translation>
    </message>
    <message>
        <source>{read} file(s) read.</source>
        <translation>Ficheros leídos: {read}.</translation>
    </message>
    <message>
        <source>{count} file(s) are damaged and could not be read.</source>
        <translation>Ficheros dañados que no se pudieron leer: {count}.</translation>
    </message>
    <message>
        <source>{count} picture(s) could not be read: the text recogniser (Tesseract) is not installed.</source>
        <translation>Imágenes que no se pudieron leer: {count}. El reconocedor de texto (Tesseract) no está instalado.</translation>
    </message>
    <message>
        <source>{count} file(s) could not be read this time; the details are in the log.</source>
        <translation>Ficheros que no se pudieron leer esta vez: {count}. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>read the files&apos; text now, so search finds them (else &apos;reread&apos; or the window does it later)</source>
        <translation>leer ahora el texto de los ficheros, para que la búsqueda los encuentre (si no, lo hace luego &apos;reread&apos; o la ventana)</translation>
    </message>
    <message>
        <source>Stopped reading; the files are added. &apos;shopsafe archive reread&apos; reads the rest.</source>
        <translation>Lectura detenida; los ficheros ya están añadidos. &apos;shopsafe archive reread&apos; lee el resto.</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>fundador</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>asked to join</source>
        <translation>pidió unirse</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>{names} can no longer open the archive or read anything added from now on. They keep what they already had: whatever they saw or copied before cannot be taken back.</source>
        <translation>{names} ya no puede abrir el archivo ni leer nada de lo que se añada a partir de ahora. Conserva lo que ya tenía: lo que vio o copió antes no se puede recuperar.</translation>
    </message>
    <message>
        <source>the family: list, add at this PC, invite, let in, remove, organisers</source>
        <translation>la familia: listar, añadir en este PC, invitar, dejar entrar, quitar, organizadores</translation>
    </message>
    <message>
        <source>members commands</source>
        <translation>órdenes de miembros</translation>
    </message>
    <message>
        <source>list members, their role and whether they have access</source>
        <translation>lista los miembros, su papel y si tienen acceso</translation>
    </message>
    <message>
        <source>add someone at this PC: they type their own passphrase</source>
        <translation>añade a alguien en este PC: escribe su propia frase de contraseña</translation>
    </message>
    <message>
        <source>the new member&apos;s name as shown to the family</source>
        <translation>el nombre del nuevo miembro tal como lo verá la familia</translation>
    </message>
    <message>
        <source>read the new member&apos;s passphrase from this file</source>
        <translation>lee la frase de contraseña del nuevo miembro de este archivo</translation>
    </message>
    <message>
        <source>make them an organiser too (founder only)</source>
        <translation>nómbralo también organizador (solo el fundador)</translation>
    </message>
    <message>
        <source>ask to join from this PC and print the invitation code to send</source>
        <translation>pide unirte desde este PC y muestra el código de invitación que debes enviar</translation>
    </message>
    <message>
        <source>let in someone who sent an invitation code (or a member id)</source>
        <translation>deja entrar a quien envió un código de invitación (o un id de miembro)</translation>
    </message>
    <message>
        <source>the invitation code in quotes, or a member id</source>
        <translation>el código de invitación entre comillas, o un id de miembro</translation>
    </message>
    <message>
        <source>the fingerprint they read out to you</source>
        <translation>la huella que te lee en voz alta</translation>
    </message>
    <message>
        <source>do not ask: the fingerprint in the code is the one they see</source>
        <translation>no preguntar: la huella del código es la que ve esa persona</translation>
    </message>
    <message>
        <source>remove members: a new archive key for everyone else</source>
        <translation>quita miembros: una nueva clave del archivo para todos los demás</translation>
    </message>
    <message>
        <source>member id or name</source>
        <translation>id o nombre del miembro</translation>
    </message>
    <message>
        <source>make a member an organiser (founder only)</source>
        <translation>nombra organizador a un miembro (solo el fundador)</translation>
    </message>
    <message>
        <source>make an organiser a plain member again</source>
        <translation>vuelve a hacer miembro normal a un organizador</translation>
    </message>
    <message>
        <source>what other members wrote since your last visit (then marked as seen)</source>
        <translation>lo que escribieron otros miembros desde tu última visita (después queda marcado como visto)</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>sin acceso</translation>
    </message>
    <message>
        <source>{name}, type your own passphrase: </source>
        <translation>{name}, escribe tu propia frase de contraseña: </translation>
    </message>
    <message>
        <source>{name} was added (member {member}) and can now open the archive with their own passphrase.</source>
        <translation>Se ha añadido a {name} (miembro {member}); ya puede abrir el archivo con su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>{name} is an organiser: they can let members in and remove them too.</source>
        <translation>{name} es organizador: también puede dejar entrar a miembros y quitarlos.</translation>
    </message>
    <message>
        <source>Your invitation code (send it to an organiser of the family, e.g. in a chat; it holds no secret):</source>
        <translation>Tu código de invitación (envíalo a un organizador de la familia, por ejemplo por chat; no contiene ningún secreto):</translation>
    </message>
    <message>
        <source>Your fingerprint is {fingerprint}. When they let you in, they may ask you to read it out.</source>
        <translation>Tu huella es {fingerprint}. Cuando te dejen entrar, puede que te pidan que la leas en voz alta.</translation>
    </message>
    <message>
        <source>{name} asks to join with fingerprint {fingerprint}. Does {name} see the same fingerprint? [y/N] </source>
        <translation>{name} pide unirse con la huella {fingerprint}. ¿Ve {name} la misma huella? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>error: compare the fingerprint first: give the one they read out with --fingerprint, or --yes if the code came straight from them; nothing was changed</source>
        <translation>error: compara antes la huella: indica la que te leyeron con --fingerprint, o --yes si el código te llegó directamente de esa persona; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{name} can now open the archive with their own passphrase.</source>
        <translation>{name} ya puede abrir el archivo con su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>error: several members are called {name}; use one of these ids:</source>
        <translation>error: varios miembros se llaman {name}; usa uno de estos id:</translation>
    </message>
    <message>
        <source>{name} is a member again (not an organiser).</source>
        <translation>{name} vuelve a ser miembro (no organizador).</translation>
    </message>
    <message>
        <source>{name} is not an organiser; nothing was changed.</source>
        <translation>{name} no es organizador; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is now an organiser: they can let members in and remove them, so one lost passphrase does not lock the family out.</source>
        <translation>{name} ya es organizador: puede dejar entrar a miembros y quitarlos, así que perder una frase de contraseña no deja a la familia fuera.</translation>
    </message>
    <message>
        <source>{name} is already an organiser.</source>
        <translation>{name} ya es organizador.</translation>
    </message>
    <message>
        <source>{name} marked {title} as a scam {when}</source>
        <translation>{name} marcó {title} como estafa {when}</translation>
    </message>
    <message>
        <source>{name} added the order {title} {when}</source>
        <translation>{name} añadió el pedido {title} {when}</translation>
    </message>
    <message>
        <source>{name} wrote on {title} {when}: {text}</source>
        <translation>{name} escribió en {title} {when}: {text}</translation>
    </message>
    <message>
        <source>{name} saved a check report for {title} {when}</source>
        <translation>{name} guardó un informe de comprobación de {title} {when}</translation>
    </message>
    <message>
        <source>{name} saved a cost breakdown for {title} {when}</source>
        <translation>{name} guardó un desglose de costes de {title} {when}</translation>
    </message>
    <message>
        <source>Nothing new from the family since your last visit.</source>
        <translation>Nada nuevo de la familia desde tu última visita.</translation>
    </message>
    <message>
        <source>its signature does not match {name}&apos;s key, so someone else wrote it in their name</source>
        <extracomment>Why a record was refused, as :attr:`desktop.archive.Untrusted.why` says.</extracomment>
        <translation>su firma no coincide con la clave de {name}: otra persona lo escribió en su nombre</translation>
    </message>
    <message>
        <source>it is signed by someone who is not a member of this archive</source>
        <translation>lo firma alguien que no es miembro de este archivo</translation>
    </message>
    <message>
        <source>{name} had already been removed when it was written</source>
        <translation>{name} ya había sido quitado cuando se escribió</translation>
    </message>
    <message>
        <source>it is not signed, and this archive requires signatures</source>
        <translation>no está firmado, y este archivo exige firmas</translation>
    </message>
    <message>
        <source>an unknown member ({member})</source>
        <translation>un miembro desconocido ({member})</translation>
    </message>
    <message>
        <source>an unknown member</source>
        <translation>un miembro desconocido</translation>
    </message>
    <message>
        <source>    added by {name}, {when}</source>
        <translation>    añadido por {name}, {when}</translation>
    </message>
    <message>
        <source>; last changed by {name}, {when}</source>
        <translation>; último cambio de {name}, {when}</translation>
    </message>
    <message>
        <source>    note ({date}, {name}): {text}</source>
        <translation>    nota ({date}, {name}): {text}</translation>
    </message>
    <message>
        <source>    UNTRUSTED: a change claiming to be from {name} ({when}) was refused: {why}. It is not part of the order shown above.</source>
        <translation>    NO FIABLE: se rechazó un cambio que dice venir de {name} ({when}): {why}. No forma parte del pedido mostrado arriba.</translation>
    </message>
    <message>
        <source>      it said: {words}</source>
        <translation>      decía: {words}</translation>
    </message>
    <message>
        <source>      it tried to delete it</source>
        <translation>      intentaba borrarlo</translation>
    </message>
</context>
<context>
    <name>ArchiveConflicts</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichero</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Informe de comprobación</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Desglose de costes</translation>
    </message>
    <message>
        <source>Kept (not deleted)</source>
        <translation>Se conserva (no borrado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>a member ({id})</source>
        <translation>un miembro ({id})</translation>
    </message>
    <message>
        <source>Written by {who} on {when}</source>
        <translation>Escrito por {who} el {when}</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Es la que se ve ahora</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Quedarse con esta versión</translation>
    </message>
    <message>
        <source>Keep the version by {who}</source>
        <translation>Quedarse con la versión de {who}</translation>
    </message>
    <message>
        <source>Edits made on two computers at once</source>
        <translation>Cambios hechos en dos ordenadores a la vez</translation>
    </message>
    <message>
        <source>These fields were changed on two computers before they synced. ShopSafe shows one version for now and keeps the other. Choose the right one, or type it; everyone in the family sees your choice.</source>
        <translation>Estos campos se cambiaron en dos ordenadores antes de que se sincronizaran. De momento ShopSafe muestra una versión y guarda la otra. Elija la correcta o escríbala; toda la familia verá su elección.</translation>
    </message>
    <message>
        <source>Edits to review</source>
        <translation>Cambios por revisar</translation>
    </message>
    <message>
        <source>Or type the right value:</source>
        <translation>O escriba el valor correcto:</translation>
    </message>
    <message>
        <source>Save this value</source>
        <translation>Guardar este valor</translation>
    </message>
    <message>
        <source>Nothing to review: every edit has been settled.</source>
        <translation>Nada que revisar: todos los cambios están resueltos.</translation>
    </message>
    <message>
        <source>{item} — {field}</source>
        <translation>{item} — {field}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Campo: {field}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved. Everyone in the family will see this version.</source>
        <translation>Guardado. Toda la familia verá esta versión.</translation>
    </message>
</context>
<context>
    <name>ArchiveCreate</name>
    <message>
        <source>Create your archive</source>
        <translation>Crea tu archivo</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Carpeta del archivo cifrado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>To share it with your family, choose a folder inside a synced folder (Syncthing, Nextcloud, Dropbox, OneDrive).</source>
        <translation>Para compartirlo con tu familia, elige una carpeta dentro de una carpeta sincronizada (Syncthing, Nextcloud, Dropbox, OneDrive).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway</source>
        <translation>Usar esta frase de contraseña débil de todos modos</translation>
    </message>
    <message>
        <source>ShopSafe cannot reset your passphrase. Without the passphrase and the recovery key, nothing in the archive can be recovered.</source>
        <translation>ShopSafe no puede restablecer tu frase de contraseña. Sin la frase de contraseña y la clave de recuperación, no se puede recuperar nada del archivo.</translation>
    </message>
    <message>
        <source>Create archive</source>
        <translation>Crear el archivo</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repítela:</translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation>Elige una carpeta para el archivo</translation>
    </message>
    <message>
        <source>Strength: {words}</source>
        <translation>Seguridad: {words}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>This key opens your archive if you forget the passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Esta clave abre tu archivo si olvidas la frase de contraseña. Solo se muestra ahora. Imprímela o apúntala y guárdala en un lugar seguro, lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Without your passphrase and this recovery key, nothing in the archive can be recovered — not by ShopSafe, not by anyone.</source>
        <translation>Sin tu frase de contraseña y esta clave de recuperación, no se puede recuperar nada del archivo: ni ShopSafe ni nadie puede hacerlo.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Ya la he guardado</translation>
    </message>
    <message>
        <source>ShopSafe archive recovery key</source>
        <translation>Clave de recuperación del archivo de ShopSafe</translation>
    </message>
    <message>
        <source>Printing is not available here; save the key instead.</source>
        <translation>Aquí no se puede imprimir; guarda la clave en un fichero.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ArchiveDetail</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Thumbnails made per order shown; past that, files show a generic icon. The locale amounts are written in (&quot;id_ID&quot;); the page sets it from Settings.</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>e.g. Rp 250.000</source>
        <translation>p. ej., 250,00 €</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Add a note and press Enter</source>
        <translation>Escribe una nota y pulsa Intro</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheros</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir ficheros…</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>Informes guardados</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Pedido:</translation>
    </message>
    <message>
        <source>S&amp;eller:</source>
        <translation>&amp;Vendedor:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>E&amp;nlace:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Files (double-click or Enter to view)</source>
        <translation>Ficheros (doble clic o Intro para verlos)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Saved check reports and cost breakdowns</source>
        <translation>Informes de comprobación y desgloses de costes guardados</translation>
    </message>
    <message>
        <source>This order was edited on two computers at once; check its fields.</source>
        <translation>Este pedido se editó en dos ordenadores a la vez; revisa sus datos.</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Informe de comprobación</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Desglose de costes</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Todavía no hay nada guardado.</translation>
    </message>
    <message>
        <source>Checked {when}</source>
        <translation>Comprobado el {when}</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Sin comprobar:</translation>
    </message>
    <message>
        <source>Saved by {name}</source>
        <translation>Guardado por {name}</translation>
    </message>
    <message>
        <source>Self-check answers:</source>
        <translation>Respuestas de la autocomprobación:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Verdict with your answers:</source>
        <translation>Veredicto con tus respuestas:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>saved {when}</source>
        <translation>guardado el {when}</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Cierto</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>No es cierto</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <source>This image is damaged or not an image ShopSafe can read.</source>
        <extracomment>Largest decoded image accepted, in MiB (a 12,000 × 12,000 photo is about 550 MiB).</extracomment>
        <translation>Esta imagen está dañada o no es una imagen que ShopSafe pueda leer.</translation>
    </message>
    <message>
        <source>This image is too large to open safely ({width} × {height} pixels).</source>
        <translation>Esta imagen es demasiado grande para abrirla con seguridad ({width} × {height} píxeles).</translation>
    </message>
    <message>
        <source>It could not be read ({reason}).</source>
        <translation>No se ha podido leer ({reason}).</translation>
    </message>
    <message>
        <source>ShopSafe may not read it</source>
        <translation>ShopSafe no tiene permiso para leerlo</translation>
    </message>
    <message>
        <source>it is no longer there</source>
        <translation>ya no está ahí</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the details are in the log file</source>
        <translation>los detalles están en el archivo de registro</translation>
    </message>
</context>
<context>
    <name>ArchiveInbox</name>
    <message>
        <source>It changed while it was being imported; it will be tried again.</source>
        <extracomment>A file is imported once it looked the same on two scans this far apart. The slow poll beside the watcher (network and FUSE folders send no change events). Larger files stay in the inbox (they are read whole into memory to be verified).</extracomment>
        <translation>Ha cambiado mientras se importaba; se volverá a intentar.</translation>
    </message>
    <message>
        <source>It could not be read ({reason}).</source>
        <translation>No se ha podido leer ({reason}).</translation>
    </message>
    <message>
        <source>It is too large for the inbox; add it with “Add files…”.</source>
        <translation>Es demasiado grande para la bandeja de entrada; añádelo con «Añadir ficheros…».</translation>
    </message>
    <message>
        <source>The archive could not store it: {reason}</source>
        <translation>El archivo no ha podido guardarlo: {reason}</translation>
    </message>
    <message>
        <source>Its copy in the archive could not be verified.</source>
        <translation>No se ha podido verificar su copia en el archivo.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} is not there; choose it again in Settings.</source>
        <translation>La carpeta de entrada {folder} no existe; vuelve a elegirla en Ajustes.</translation>
    </message>
    <message>
        <source>The inbox folder could not be read ({reason}).</source>
        <translation>No se ha podido leer la carpeta de entrada ({reason}).</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Left in the inbox: {files}</source>
        <translation>Se quedan en la carpeta de entrada: {files}</translation>
    </message>
    <message>
        <source>Nothing was imported from the inbox: {reason}</source>
        <translation>No se ha importado nada de la carpeta de entrada: {reason}</translation>
    </message>
    <message>
        <source>Inbox: {folder} — files there are not encrypted until ShopSafe imports them (while the archive is unlocked).</source>
        <translation>Carpeta de entrada: {folder}. Los ficheros que hay ahí no están cifrados hasta que ShopSafe los importa (mientras el archivo está desbloqueado).</translation>
    </message>
    <message>
        <source>The inbox folder cannot be the archive&apos;s folder or a folder inside it; choose another one in Settings.</source>
        <translation>La carpeta de entrada no puede ser la carpeta del archivo ni una carpeta dentro de ella; elige otra en Ajustes.</translation>
    </message>
</context>
<context>
    <name>ArchiveKind</name>
    <message>
        <source>Receipt</source>
        <extracomment>What an attachment is, guessed from its name and type when added.</extracomment>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Page snapshot</source>
        <translation>Copia de la página</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>ArchiveMembers</name>
    <message>
        <source>Founder</source>
        <translation>Fundador</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Asked to join</source>
        <translation>Pidió unirse</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>{name} will no longer be able to open the archive or read anything added from now on. They keep what they already had: whatever they saw or copied before cannot be taken back.</source>
        <translation>{name} ya no podrá abrir el archivo ni leer nada de lo que se añada a partir de ahora. Conserva lo que ya tenía: lo que vio o copió antes no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>ArchiveNews</name>
    <message>
        <source>{name} marked {title} as a scam {when}</source>
        <translation>{name} marcó {title} como estafa {when}</translation>
    </message>
    <message>
        <source>{name} added the order {title} {when}</source>
        <translation>{name} añadió el pedido {title} {when}</translation>
    </message>
    <message>
        <source>{name} wrote on {title} {when}: {text}</source>
        <translation>{name} escribió en {title} {when}: {text}</translation>
    </message>
    <message>
        <source>{name} saved a check report for {title} {when}</source>
        <translation>{name} guardó un informe de comprobación de {title} {when}</translation>
    </message>
    <message>
        <source>{name} saved a cost breakdown for {title} {when}</source>
        <translation>{name} guardó un desglose de costes de {title} {when}</translation>
    </message>
    <message>
        <source>its signature is not {name}&apos;s: someone else wrote it in their name</source>
        <translation>la firma no es de {name}: otra persona lo escribió en su nombre</translation>
    </message>
    <message>
        <source>it is signed by someone who is not a member</source>
        <translation>lo firma alguien que no es miembro</translation>
    </message>
    <message>
        <source>{name} had already been removed when it was written</source>
        <translation>{name} ya había sido quitado cuando se escribió</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>no está firmado</translation>
    </message>
    <message>
        <source>someone not in the family</source>
        <translation>alguien de fuera de la familia</translation>
    </message>
    <message>
        <source>an unknown member</source>
        <translation>un miembro desconocido</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>un miembro de la familia</translation>
    </message>
    <message>
        <source>Added by {name} {when}</source>
        <translation>Añadido por {name} {when}</translation>
    </message>
    <message>
        <source>last changed by {name} {when}</source>
        <translation>último cambio de {name} {when}</translation>
    </message>
    <message>
        <source>Untrusted change, not applied: it claims to be from {name} ({when}), but {why}.</source>
        <translation>Cambio no fiable, no aplicado: dice venir de {name} ({when}), pero {why}.</translation>
    </message>
    <message>
        <source>It said: “{words}”</source>
        <translation>Decía: «{words}»</translation>
    </message>
    <message>
        <source>It tried to delete this order.</source>
        <translation>Intentaba borrar este pedido.</translation>
    </message>
    <message>
        <source>…and %n more</source>
        <translation>…y %n más</translation>
    </message>
    <message>
        <source>%n change(s) were refused because no member allowed to write them signed them; the orders they concern say so.</source>
        <translation>%n cambio se rechazó porque no lo firmó ningún miembro autorizado a escribirlo; el pedido afectado lo indica.</translation>
    </message>
</context>
<context>
    <name>ArchiveOrders</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheros</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Edited on two computers at once: open the order to review</source>
        <translation>Editado en dos ordenadores a la vez: abre el pedido para revisarlo</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Hay que revisar</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Keep the evidence of every purchase</source>
        <translation>Guarda las pruebas de cada compra</translation>
    </message>
    <message>
        <source>Receipts, chat screenshots, e-mails and shop pages are kept encrypted with your passphrase, on this computer or in a folder your family syncs. Nothing leaves your computer.</source>
        <translation>Los recibos, las capturas de chats, los correos y las páginas de las tiendas se guardan cifrados con tu frase de contraseña, en este ordenador o en una carpeta que sincroniza tu familia. Nada sale de tu ordenador.</translation>
    </message>
    <message>
        <source>Create an archive…</source>
        <translation>Crear un archivo…</translation>
    </message>
    <message>
        <source>Open an existing archive…</source>
        <translation>Abrir un archivo existente…</translation>
    </message>
    <message>
        <source>The archive is locked</source>
        <translation>El archivo está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>I forgot it: unlock with my recovery key</source>
        <translation>La he olvidado: desbloquear con mi clave de recuperación</translation>
    </message>
    <message>
        <source>Use another archive…</source>
        <translation>Usar otro archivo…</translation>
    </message>
    <message>
        <source>Search orders, sellers, files, notes…</source>
        <extracomment>A seller to show on the Sellers page (a scam mark in the news); the window routes it.</extracomment>
        <translation>Buscar pedidos, vendedores, ficheros, notas…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation>Filtro de vendedor</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>desde AAAA-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>hasta AAAA-MM-DD</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pedido nuevo</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir ficheros…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the archive now</source>
        <translation>Bloquear el archivo ahora</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Creating the archive…</source>
        <translation>Creando el archivo…</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Elige la carpeta del archivo cifrado</translation>
    </message>
    <message>
        <source>There is no ShopSafe archive in this folder.</source>
        <translation>En esta carpeta no hay ningún archivo de ShopSafe.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That recovery key is wrong. Check it and try again.</source>
        <translation>Esa clave de recuperación no es correcta. Revísala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That passphrase is wrong. Try again.</source>
        <translation>Esa frase de contraseña no es correcta. Inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged file(s) were skipped; run a check from the command line for details.</source>
        <translation>
            <numerusform>Se ha omitido %n fichero dañado; comprueba el archivo desde la línea de órdenes para ver los detalles.</numerusform>
            <numerusform>Se han omitido %n ficheros dañados; comprueba el archivo desde la línea de órdenes para ver los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any seller</source>
        <translation>Cualquier vendedor</translation>
    </message>
    <message>
        <source>New order {date}</source>
        <translation>Pedido nuevo {date}</translation>
    </message>
    <message>
        <source>Add files to the archive</source>
        <translation>Añadir ficheros al archivo</translation>
    </message>
    <message>
        <source>Adding files…</source>
        <translation>Añadiendo ficheros…</translation>
    </message>
    <message>
        <source>Added {done} of {total}: {name}</source>
        <translation>Añadidos {done} de {total}: {name}</translation>
    </message>
    <message>
        <source>Not added: {files}</source>
        <translation>No añadidos: {files}</translation>
    </message>
    <message>
        <source>Import cancelled; the files added so far are kept.</source>
        <translation>Importación cancelada; se conservan los ficheros ya añadidos.</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard to paste.</source>
        <translation>No hay ninguna imagen en el portapapeles para pegar.</translation>
    </message>
    <message>
        <source>Pasted the screenshot as {name}.</source>
        <translation>Captura pegada como {name}.</translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Exportar una copia descifrada</translation>
    </message>
    <message>
        <source>Exported a decrypted copy to {path}.</source>
        <translation>Copia descifrada exportada a {path}.</translation>
    </message>
    <message>
        <source>Complaint pack…</source>
        <translation>Paquete de denuncia…</translation>
    </message>
    <message>
        <source>A PDF and the original files of the selected order, with where to report it</source>
        <translation>Un PDF y los ficheros originales del pedido elegido, con dónde denunciarlo</translation>
    </message>
    <message>
        <source>Where should the complaint pack be made?</source>
        <translation>¿Dónde se crea el paquete de denuncia?</translation>
    </message>
    <message>
        <source>Making the complaint pack…</source>
        <translation>Creando el paquete de denuncia…</translation>
    </message>
    <message>
        <source>Complaint pack made: {path}. The original files are beside it, not encrypted.</source>
        <translation>Paquete de denuncia creado: {path}. Los ficheros originales están al lado, sin cifrar.</translation>
    </message>
    <message>
        <source>This file is too large to show here. Use “Export a copy…” to open it with another program.</source>
        <translation>Este fichero es demasiado grande para mostrarlo aquí. Usa «Exportar una copia…» para abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>The picture on the clipboard could not be added: {reason}</source>
        <translation>No se ha podido añadir la imagen del portapapeles: {reason}</translation>
    </message>
    <message>
        <source>New in the family? Ask to join this archive…</source>
        <translation>¿Eres nuevo en la familia? Pide unirte a este archivo…</translation>
    </message>
    <message>
        <source>Family…</source>
        <translation>Familia…</translation>
    </message>
    <message>
        <source>Who is in the family, add or remove members</source>
        <translation>Quién está en la familia; añadir o quitar miembros</translation>
    </message>
</context>
<context>
    <name>ArchiveReading</name>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>Files not read now are read the next time the archive is opened</source>
        <translation>Los ficheros que no se lean ahora se leerán la próxima vez que abras el archivo</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Leyendo ficheros</translation>
    </message>
    <message>
        <source>Reading {done} of {total}: {file}</source>
        <translation>Leyendo {done} de {total}: {file}</translation>
    </message>
    <message>
        <source>Pictures not read: {count}. The text recogniser (Tesseract) is not installed.</source>
        <translation>Imágenes sin leer: {count}. El reconocedor de texto (Tesseract) no está instalado.</translation>
    </message>
    <message>
        <source>Files not read this time: {count}. They are tried again the next time the archive is opened.</source>
        <translation>Ficheros sin leer esta vez: {count}. Se volverá a intentar la próxima vez que abras el archivo.</translation>
    </message>
    <message>
        <source>The total “{total}” cannot be read as an amount.</source>
        <translation>El total “{total}” no se puede leer como un importe.</translation>
    </message>
</context>
<context>
    <name>ArchiveReview</name>
    <message>
        <source>The receipt&apos;s total is {read}, the order says {order}.</source>
        <translation>El total del ticket es {read}; el pedido dice {order}.</translation>
    </message>
    <message>
        <source>The receipt is dated {read}, the order {order}.</source>
        <translation>El ticket tiene fecha {read}; el pedido, {order}.</translation>
    </message>
    <message>
        <source>The receipt names the seller “{read}”, the order “{order}”.</source>
        <translation>El ticket nombra al vendedor “{read}”; el pedido, “{order}”.</translation>
    </message>
    <message>
        <source>Order / file</source>
        <translation>Pedido / fichero</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Orders that need review</source>
        <translation>Pedidos que hay que revisar</translation>
    </message>
    <message>
        <source>Needs review: {count} — orders whose files disagree with them or need a closer look</source>
        <translation>Hay que revisar: {count} — pedidos cuyos ficheros no coinciden con ellos o merecen una mirada más atenta</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Read from the files</source>
        <translation>Leído en los ficheros</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>Usar estos datos</translation>
    </message>
    <message>
        <source>Fill the order&apos;s date, total and seller with what was read. Fields marked “check this” are never filled.</source>
        <translation>Rellena la fecha, el total y el vendedor del pedido con lo leído. Los campos marcados “revísalo” nunca se rellenan.</translation>
    </message>
    <message>
        <source>Compare the cost</source>
        <translation>Comparar el costo</translation>
    </message>
    <message>
        <source>Start an offer on the Total cost page with the total read from the receipt</source>
        <translation>Crea una oferta en la página Costo total con el total leído en el ticket</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>{field}: {value}  (from {file}: “{line}”)</source>
        <translation>{field}: {value}  (de {file}: “{line}”)</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>to account</source>
        <translation>a la cuenta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>{file} (transfer proof): {parts}</source>
        <translation>{file} (comprobante de transferencia): {parts}</translation>
    </message>
    <message>
        <source>The account the money went to is in the seller book as “{name}”&apos;s, marked as a scam by {by}.</source>
        <translation>La cuenta a la que fue el dinero está en la libreta de vendedores como de “{name}”, marcado como estafa por {by}.</translation>
    </message>
</context>
<context>
    <name>ArchiveStatus</name>
    <message>
        <source>Open</source>
        <extracomment>Order statuses, in the order a purchase goes through them, with their labels.</extracomment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <source>Fields changed on two computers at once, waiting for you to choose the right version</source>
        <translation>Campos cambiados en dos ordenadores a la vez que esperan a que elija la versión correcta</translation>
    </message>
</context>
<context>
    <name>ArchiveViewer</name>
    <message>
        <source>Export a copy…</source>
        <translation>Exportar una copia…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of this file outside the archive</source>
        <translation>Guardar fuera del archivo una copia descifrada de este fichero</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>This image could not be shown.</source>
        <translation>No se ha podido mostrar esta imagen.</translation>
    </message>
    <message>
        <source>Attachments: {names}</source>
        <translation>Adjuntos: {names}</translation>
    </message>
    <message>
        <source>ShopSafe cannot show this kind of file. Use “Export a copy…” to open it with another program.</source>
        <translation>ShopSafe no puede mostrar este tipo de fichero. Usa «Exportar una copia…» para abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>PDF viewing is not installed; use “Export a copy…”.</source>
        <translation>El visor de PDF no está instalado; usa «Exportar una copia…».</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown.</source>
        <translation>Este PDF está dañado y no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (it asks gettext, which has no catalogue for them): the usage line, headings and the errors a person meets. Others stay English.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
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
        <translation>Total en {currency}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Check a seller card</source>
        <translation>Comprobar una ficha de vendedor</translation>
    </message>
    <message>
        <source>Paste the card someone sent you (it starts with “shopsafe-card:”), or open the card file.</source>
        <translation>Pega la ficha que te enviaron (empieza por «shopsafe-card:») o abre el archivo de la ficha.</translation>
    </message>
    <message>
        <source>&amp;Open a card file…</source>
        <translation>&amp;Abrir un archivo de ficha…</translation>
    </message>
    <message>
        <source>&amp;Check the card</source>
        <translation>&amp;Comprobar la ficha</translation>
    </message>
    <message>
        <source>&amp;Add to our seller book</source>
        <translation>&amp;Añadir a nuestra libreta</translation>
    </message>
    <message>
        <source>Open a seller card</source>
        <translation>Abrir una ficha de vendedor</translation>
    </message>
    <message>
        <source>Seller cards (*.shopsafe-card);;All files (*)</source>
        <translation>Fichas de vendedor (*.shopsafe-card);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{verdict} — {member}, {date}: {reason}</source>
        <translation>{verdict} — {member}, {date}: {reason}</translation>
    </message>
    <message>
        <source>Signed by {name} (fingerprint {fingerprint}).</source>
        <translation>Firmada por {name} (huella {fingerprint}).</translation>
    </message>
    <message>
        <source>Warning: the card claims to come from a member of your family, but it was signed with another key. Do not trust it.</source>
        <translation>Atención: la ficha dice venir de un miembro de tu familia, pero está firmada con otra clave. No te fíes de ella.</translation>
    </message>
    <message>
        <source>The signer is a member of your family.</source>
        <translation>Quien la firma es miembro de tu familia.</translation>
    </message>
    <message>
        <source>The signer is not a member of your family: compare the fingerprint with them by phone before you rely on it.</source>
        <translation>Quien la firma no es de tu familia: compara la huella con esa persona por teléfono antes de fiarte.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Family seller book</source>
        <translation>Libreta familiar de vendedores</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>El enlace</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Shop policies</source>
        <translation>Políticas de la tienda</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputación</translation>
    </message>
    <message>
        <source>Your own checks</source>
        <translation>Comprobación por tu cuenta</translation>
    </message>
    <message>
        <source>The seller&apos;s message</source>
        <translation>El mensaje del vendedor</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>LOOKS OK</source>
        <translation>PARECE FIABLE</translation>
    </message>
    <message>
        <source>BE CAREFUL</source>
        <translation>TEN CUIDADO</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>RIESGO ALTO</translation>
    </message>
    <message>
        <source>NOT ENOUGH INFORMATION</source>
        <translation>INFORMACIÓN INSUFICIENTE</translation>
    </message>
    <message>
        <source>web shop</source>
        <translation>tienda online</translation>
    </message>
    <message>
        <source>marketplace listing</source>
        <translation>anuncio en un marketplace</translation>
    </message>
    <message>
        <source>social-media seller</source>
        <translation>vendedor en redes sociales</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>cuenta bancaria</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>What it is: {kind}</source>
        <translation>Qué es: {kind}</translation>
    </message>
    <message>
        <source>Domain: {domain}</source>
        <translation>Dominio: {domain}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Teléfono: {phone}</translation>
    </message>
    <message>
        <source>Bank account: {account}</source>
        <translation>Cuenta: {account}</translation>
    </message>
    <message>
        <source>Seller: {handle}</source>
        <translation>Vendedor: {handle}</translation>
    </message>
    <message>
        <source>Verdict: {level}</source>
        <translation>Veredicto: {level}</translation>
    </message>
    <message>
        <source>Because of:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>No comprobado:</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Qué hacer: {advice}</translation>
    </message>
    <message>
        <source>Nothing to check: give a link, a phone number or an account, or - to read them from standard input.</source>
        <translation>Nada que comprobar: indica un enlace, un teléfono o una cuenta, o - para leerlos de la entrada estándar.</translation>
    </message>
    <message>
        <source>it is far larger than a message or a screenshot</source>
        <translation>es muchísimo más grande que un mensaje o una captura</translation>
    </message>
    <message>
        <source>The check could not be completed</source>
        <translation>No se pudo completar la comprobación</translation>
    </message>
    <message>
        <source>Something unexpected stopped this check; the details are in ShopSafe&apos;s log. Nothing here means the seller is safe.</source>
        <translation>Algo inesperado detuvo esta comprobación; los detalles están en el registro de ShopSafe. Nada de lo que aparece aquí significa que el vendedor sea seguro.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>No se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <source>you are not allowed to open it</source>
        <translation>no tienes permiso para abrirlo</translation>
    </message>
    <message>
        <source>it is a folder or cannot be opened</source>
        <translation>es una carpeta o no se puede abrir</translation>
    </message>
    <message>
        <source>Found in the text:</source>
        <translation>Encontrado en el texto:</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>billetera digital</translation>
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
        <translation>identificación fiscal</translation>
    </message>
    <message>
        <source>in the name of {holder}</source>
        <translation>a nombre de {holder}</translation>
    </message>
    <message>
        <source>check digit wrong</source>
        <translation>dígito de control incorrecto</translation>
    </message>
    <message>
        <source>read from the picture</source>
        <translation>leído de la imagen</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} no es texto UTF-8</translation>
    </message>
    <message>
        <source>error: the seller book could not be opened: {message}</source>
        <translation>error: no se pudo abrir la libreta de vendedores: {message}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Datos vistos:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Select a finding to read what it means and what to do.</source>
        <translation>Elige un hallazgo para leer qué significa y qué hacer.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Comprobación cancelada</translation>
    </message>
    <message>
        <source>The findings so far are listed below, but they are not a verdict.</source>
        <translation>Abajo tienes los hallazgos hasta ahora, pero todavía no son un veredicto.</translation>
    </message>
    <message>
        <source>There is nothing to check in this text</source>
        <translation>En este texto no hay nada que comprobar</translation>
    </message>
    <message>
        <source>Checked on {when}</source>
        <translation>Comprobado el {when}</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Run a new check now. This report stays in Recent checks.</source>
        <translation>Hace una comprobación nueva ahora. Este informe se queda en Comprobaciones recientes.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. Details are in the log file.</source>
        <translation>Un error inesperado detuvo la comprobación. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>The check could not finish</source>
        <translation>La comprobación no pudo terminar</translation>
    </message>
    <message>
        <source>Do the self-check below: your answers complete the verdict.</source>
        <translation>Haz abajo la comprobación por tu cuenta: tus respuestas completan el veredicto.</translation>
    </message>
    <message>
        <source>You seem to be offline: only the link itself was checked. Press “Check again” when you are connected.</source>
        <translation>Parece que no tienes conexión: solo se ha revisado el enlace en sí. Pulsa “Comprobar de nuevo” cuando vuelvas a estar conectado.</translation>
    </message>
    <message>
        <source>Summary copied. Paste it into your family chat.</source>
        <translation>Resumen copiado. Pégalo en el chat de la familia.</translation>
    </message>
    <message>
        <source>ShopSafe report: {subject}</source>
        <translation>Informe de ShopSafe: {subject}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report could not be saved:
{error}</source>
        <translation>No se pudo guardar el informe:
{error}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>Copiar &amp;resumen</translation>
    </message>
    <message>
        <source>Copies a short summary to paste into a family chat.</source>
        <translation>Copia un resumen breve para pegarlo en el chat de la familia.</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save to archive</source>
        <translation>Guardar en el archivo</translation>
    </message>
    <message>
        <source>&amp;Paste a shop link, a seller&apos;s profile, a phone number or a chat message:</source>
        <translation>&amp;Pega el enlace de una tienda, el perfil de un vendedor, un teléfono o un mensaje de chat:</translation>
    </message>
    <message>
        <source>e.g. https://toko-contoh.id/produk/tas — press Enter to check (Ctrl+L comes back here)</source>
        <translation>p. ej. https://tienda-ejemplo.es/producto/bolso — pulsa Intro para comprobarlo (Ctrl+L vuelve aquí)</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Texto que comprobar</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation>Detener la comprobación (Esc)</translation>
    </message>
    <message>
        <source>Check it yourself too</source>
        <translation>Compruébalo también por tu cuenta</translation>
    </message>
    <message>
        <source>Your recent checks will be listed here.</source>
        <translation>Aquí aparecerán tus comprobaciones recientes.</translation>
    </message>
    <message>
        <source>Recent checks are not kept. You can switch this on in Settings.</source>
        <translation>Las comprobaciones recientes no se guardan. Puedes activarlo en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Recent checks</source>
        <translation>Comprobaciones &amp;recientes</translation>
    </message>
    <message>
        <source>True</source>
        <extracomment>Words that find scam reports in Indonesian, Spanish and English. Countries whose buyers search in Spanish first (ShopSafe&apos;s Spanish-speaking countries).</extracomment>
        <translation>Cierto</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>No es cierto</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Check it yourself</source>
        <translation>Compruébalo por tu cuenta</translation>
    </message>
    <message>
        <source>Automatic checks cannot see everything, especially sellers on social media and marketplaces. Answer what you can; your answers change the verdict and are kept in the report.</source>
        <translation>Las comprobaciones automáticas no lo ven todo, sobre todo con vendedores de redes sociales y marketplaces. Responde lo que puedas; tus respuestas cambian el veredicto y se guardan en el informe.</translation>
    </message>
    <message>
        <source>Seller&apos;s &amp;name:</source>
        <translation>&amp;Nombre del vendedor:</translation>
    </message>
    <message>
        <source>Name, shop name, handle or phone number</source>
        <translation>Nombre, nombre de la tienda, usuario o teléfono</translation>
    </message>
    <message>
        <source>Search “{word}”</source>
        <translation>Buscar «{word}»</translation>
    </message>
    <message>
        <source>Opens your web browser with a search for the seller&apos;s name and “{word}”.</source>
        <translation>Abre el navegador con una búsqueda del nombre del vendedor y «{word}».</translation>
    </message>
    <message>
        <source>Check the account on cekrekening.id</source>
        <translation>Comprobar la cuenta en cekrekening.id</translation>
    </message>
    <message>
        <source>Opens cekrekening.id in your web browser.</source>
        <translation>Abre cekrekening.id en el navegador.</translation>
    </message>
    <message>
        <source>Paste a shop link to check it</source>
        <extracomment>The widget whose palette decides light or dark (the page: a style sheet stops palette propagation to the banner itself).</extracomment>
        <translation>Pega el enlace de una tienda para comprobarla</translation>
    </message>
    <message>
        <source>A web shop, a marketplace listing, an Instagram or Facebook seller, a WhatsApp number or a whole chat message with a link: paste it above and press Enter.</source>
        <translation>Una tienda online, un anuncio de un marketplace, un vendedor de Instagram o Facebook, un número de WhatsApp o un mensaje de chat entero con un enlace: pégalo arriba y pulsa Intro.</translation>
    </message>
    <message>
        <source>Checking {subject}…</source>
        <translation>Comprobando {subject}…</translation>
    </message>
    <message>
        <source>{count} findings so far.</source>
        <translation>{count} hallazgos hasta ahora.</translation>
    </message>
    <message>
        <source>Warning signs so far:</source>
        <translation>Señales de alarma hasta ahora:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Sin comprobar:</translation>
    </message>
    <message>
        <source>Co&amp;mpare the cost</source>
        <translation>Co&amp;mparar el costo</translation>
    </message>
    <message>
        <source>The page shows “{product}” for {price}.</source>
        <translation>La página ofrece «{product}» por {price}.</translation>
    </message>
    <message>
        <source>The page shows the price {price}.</source>
        <translation>La página muestra el precio {price}.</translation>
    </message>
    <message>
        <source>Opens the Total cost page with this shop and price, to add shipping, fees and vouchers. If the shop later asks for a different price, you will see it there.</source>
        <translation>Abre la página Costo total con esta tienda y este precio para que sumes el envío, las comisiones y los cupones. Si más adelante la tienda te pide otro precio, lo verás ahí.</translation>
    </message>
    <message>
        <source>Check a product page first.</source>
        <translation>Primero comprueba la página de un producto.</translation>
    </message>
    <message>
        <source>No single product price was found on this page, so there is no price to compare. Check the product&apos;s own page, or type the price on the Total cost page.</source>
        <translation>En esta página no hay un precio de producto claro, así que no hay nada que comparar. Comprueba la página del propio producto o escribe el precio en la página Costo total.</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <extracomment>&quot;Save to archive&quot; found the archive locked and the user chose to go and unlock it. Extra CheckOptions fields (``resolve``, ``ca_bundle``) for tests and diagnostics.</extracomment>
        <translation>la imagen pegada</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>The text and QR codes are read on this computer; nothing is sent anywhere.</source>
        <translation>El texto y los códigos QR se leen en este equipo; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>The encrypted archive is not available in this window.</source>
        <translation>El archivo cifrado no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>The archive is locked: unlock it on the Archive page first, then save here.</source>
        <translation>El archivo está bloqueado: desbloquéalo primero en la página Archivo y luego guarda aquí.</translation>
    </message>
    <message>
        <source>Keeps this report, your self-check answers and the page as it looked in the seller&apos;s order in the encrypted archive.</source>
        <translation>Guarda este informe, tus respuestas de la comprobación y la página tal como se veía en el pedido de este vendedor, dentro del archivo cifrado.</translation>
    </message>
    <message>
        <source>Saving to the archive…</source>
        <translation>Guardando en el archivo…</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it on the Archive page, then press “Save to archive” again.</source>
        <translation>El archivo está bloqueado. Desbloquéalo en la página Archivo y vuelve a pulsar «Guardar en el archivo».</translation>
    </message>
    <message>
        <source>Go to the &amp;Archive page</source>
        <translation>Ir a la página &amp;Archivo</translation>
    </message>
    <message>
        <source>Saved to the archive in a new order for {seller}.</source>
        <translation>Guardado en el archivo, en un pedido nuevo para {seller}.</translation>
    </message>
    <message>
        <source>Saved to the archive in the order for {seller}.</source>
        <translation>Guardado en el archivo, en el pedido de {seller}.</translation>
    </message>
    <message>
        <source>The archive was locked before the report was saved. Unlock it and save again.</source>
        <translation>El archivo se bloqueó antes de guardar el informe. Desbloquéalo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The report could not be saved to the archive: {reason}</source>
        <translation>No se pudo guardar el informe en el archivo: {reason}</translation>
    </message>
    <message>
        <source>Sa&amp;ve to archive</source>
        <translation>&amp;Guardar en el archivo</translation>
    </message>
</context>
<context>
    <name>ChooseOrderDialog</name>
    <message>
        <source>Save the breakdown to the archive</source>
        <translation>Guardar el desglose en el archivo</translation>
    </message>
    <message>
        <source>A new order</source>
        <translation>Un pedido nuevo</translation>
    </message>
    <message>
        <source>&amp;Title of the new order:</source>
        <translation>&amp;Título del pedido nuevo:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Pedido:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ShopSafe is now in your application menu (under Office). Start it from there, or with this command: {command}</source>
        <translation>ShopSafe ya está en tu menú de aplicaciones (en Oficina). Ábrelo desde allí o con este comando: {command}</translation>
    </message>
    <message>
        <source>Menu entry: {entry}
Icon: {icon}</source>
        <translation>Entrada del menú: {entry}
Icono: {icon}</translation>
    </message>
    <message>
        <source>The menu entry could not be written. {reason}</source>
        <translation>No se pudo escribir la entrada del menú. {reason}</translation>
    </message>
    <message>
        <source>No display found: the ShopSafe window needs a graphical desktop session.
From this terminal you can still check a link, a phone number or an account:
  shopsafe check https://toko-contoh.id/
and work out the real cost of an offer:
  shopsafe cost --help
shopsafe --help lists every command.</source>
        <translation>No se encontró ninguna pantalla: la ventana de ShopSafe necesita una sesión de escritorio gráfico.
Desde esta terminal puedes revisar un enlace, un número de teléfono o una cuenta:
  shopsafe check https://toko-contoh.id/
y calcular el costo real de una oferta:
  shopsafe cost --help
shopsafe --help muestra todos los comandos.</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Report the bank account or e-wallet the money went to, and check whether others reported it.</source>
        <translation>Denuncia la cuenta bancaria o el monedero electrónico al que fue el dinero y comprueba si otros ya lo denunciaron.</translation>
    </message>
    <message>
        <source>The account number and bank, the amount and date of the transfer, the transfer receipt and screenshots of the chat.</source>
        <translation>El número de cuenta y el banco, el importe y la fecha de la transferencia, el justificante y capturas del chat.</translation>
    </message>
    <message>
        <source>Report the phone number the seller used for calls, SMS or WhatsApp.</source>
        <translation>Denuncia el número de teléfono que usó el vendedor para llamadas, SMS o WhatsApp.</translation>
    </message>
    <message>
        <source>Indonesia Anti-Scam Centre: report a transfer quickly so the banks can try to block the money.</source>
        <translation>Centro Antiestafas de Indonesia: denuncia una transferencia enseguida para que los bancos intenten bloquear el dinero.</translation>
    </message>
    <message>
        <source>Your identity card, your account and the receiving account, the transfer receipt and what happened, in order. Report as soon as possible.</source>
        <translation>Tu documento de identidad, tu cuenta y la cuenta que recibió el dinero, el justificante y lo que pasó, en orden. Denuncia cuanto antes.</translation>
    </message>
    <message>
        <source>The police&apos;s cyber crime unit (Bareskrim Polri); you can also report at a police station.</source>
        <translation>La unidad de delitos informáticos de la policía (Bareskrim Polri); también puedes denunciar en una comisaría.</translation>
    </message>
    <message>
        <source>Your identity, what happened in order, and all the evidence in this pack.</source>
        <translation>Tu identificación, lo que pasó en orden y todas las pruebas de este paquete.</translation>
    </message>
    <message>
        <source>Complaints against your bank or card issuer: unrecognised charges, transfers, refusals to reverse a charge.</source>
        <translation>Reclamaciones contra tu banco o emisor de tarjeta: cargos no reconocidos, transferencias, negativas a revertir un cargo.</translation>
    </message>
    <message>
        <source>Check that a SPEI transfer really happened and download its electronic payment receipt (CEP).</source>
        <translation>Comprueba que una transferencia SPEI se hizo de verdad y descarga su Comprobante Electrónico de Pago (CEP).</translation>
    </message>
    <message>
        <source>What happened, in order; keep this pack at hand while you call.</source>
        <translation>Lo que pasó, en orden; ten este paquete a mano mientras llamas.</translation>
    </message>
    <message>
        <source>File a police report (denuncia); banks often ask for it before returning money.</source>
        <translation>Presenta una denuncia; los bancos suelen pedirla antes de devolver el dinero.</translation>
    </message>
    <message>
        <source>Your ID, what happened in order, the payment receipts and the evidence in this pack.</source>
        <translation>Tu DNI o NIE, lo que pasó en orden, los justificantes de pago y las pruebas de este paquete.</translation>
    </message>
    <message>
        <source>The consumer office of your region or town handles complaints against shops.</source>
        <translation>La oficina de consumo de tu comunidad autónoma o tu ayuntamiento (OMIC) tramita las reclamaciones contra tiendas.</translation>
    </message>
    <message>
        <source>The invoice or order confirmation, the seller&apos;s details and your messages with the seller.</source>
        <translation>La factura o la confirmación del pedido, los datos del vendedor y tus mensajes con él.</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Report the fraud to the police; many countries have an online form for internet fraud.</source>
        <translation>Denuncia el fraude a la policía; en muchos países hay un formulario en línea para fraudes por internet.</translation>
    </message>
    <message>
        <source>Your bank or payment service</source>
        <translation>Tu banco o servicio de pago</translation>
    </message>
    <message>
        <source>Ask at once whether the payment can be stopped, reversed or charged back.</source>
        <translation>Pregunta enseguida si el pago se puede detener, anular o retroceder.</translation>
    </message>
    <message>
        <source>The date and amount of the payment, the receiving account and the receipt.</source>
        <translation>La fecha y el importe del pago, la cuenta que lo recibió y el justificante.</translation>
    </message>
    <message>
        <source>The marketplace or platform</source>
        <translation>El marketplace o la plataforma</translation>
    </message>
    <message>
        <source>Report the seller&apos;s account to the marketplace or social network where you found it.</source>
        <translation>Denuncia la cuenta del vendedor en el marketplace o la red social donde lo encontraste.</translation>
    </message>
    <message>
        <source>The seller&apos;s profile link, the order number and screenshots of the chat.</source>
        <translation>El enlace al perfil del vendedor, el número de pedido y capturas del chat.</translation>
    </message>
    <message>
        <source>International online consumer complaints, shared with consumer agencies of many countries.</source>
        <translation>Reclamaciones internacionales de compras en línea, compartidas con agencias de consumo de muchos países.</translation>
    </message>
    <message>
        <source>The seller&apos;s details, what you paid and what happened.</source>
        <translation>Los datos del vendedor, lo que pagaste y lo que pasó.</translation>
    </message>
    <message>
        <source>Seller and order</source>
        <translation>Vendedor y pedido</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheros</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichero</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Dónde denunciar</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Cierto</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>No es cierto</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Complaint pack</source>
        <translation>Paquete de denuncia</translation>
    </message>
    <message>
        <source>The original files are in the folder “files” next to this PDF; their SHA-256 fingerprints below show they were not changed.</source>
        <translation>Los ficheros originales están en la carpeta «files» junto a este PDF; sus huellas SHA-256, abajo, muestran que no se han modificado.</translation>
    </message>
    <message>
        <source>Made by ShopSafe on {when}.</source>
        <translation>Creado por ShopSafe el {when}.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Pedido registrado</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <source>File added: {name}</source>
        <translation>Fichero añadido: {name}</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Guardado: {title}</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Informe de comprobación</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Desglose de costes</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>Qué llevar:</translation>
    </message>
    <message>
        <source>The complaint pack could not be made: {reason}</source>
        <translation>No se pudo crear el paquete de denuncia: {reason}</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>The original files are in the folder “files” next to this PDF; their SHA-256 fingerprints are below. Files marked “not verified” had no fingerprint recorded in the archive, so it cannot be shown that they were not changed.</source>
        <translation>Los ficheros originales están en la carpeta «files» junto a este PDF; sus huellas SHA-256 están abajo. Los ficheros marcados «sin verificar» no tenían huella registrada en el archivo, así que no se puede demostrar que no se hayan modificado.</translation>
    </message>
    <message>
        <source>The phone number and its operator, screenshots of the messages or recordings of the calls, your identity, and what happened in order.</source>
        <translation>El número de teléfono y su operador, capturas de los mensajes o grabaciones de las llamadas, tus datos y lo que pasó, en orden.</translation>
    </message>
    <message>
        <source>Consumer complaints against a shop or seller (online through Concilianet when the seller takes part in it, otherwise at a consumer office).</source>
        <translation>Quejas de consumo contra una tienda o un vendedor (en línea por Concilianet si el proveedor participa en él; si no, en una oficina de defensa del consumidor).</translation>
    </message>
    <message>
        <source>Your official ID, the receipt or order confirmation, the seller&apos;s name and address, what was promised and what happened.</source>
        <translation>Tu identificación oficial, el ticket o la confirmación del pedido, el nombre y el domicilio del vendedor, lo que se prometió y lo que pasó.</translation>
    </message>
    <message>
        <source>Your official ID and CURP, your account statement, the date and amount of the payment, and the bank&apos;s reply if you already complained.</source>
        <translation>Tu identificación oficial y tu CURP, tu estado de cuenta, la fecha y el importe del pago, y la respuesta del banco si ya reclamaste.</translation>
    </message>
    <message>
        <source>The date, the tracking key (clave de rastreo) or reference, both banks, the receiving account (CLABE, card or phone number) and the amount.</source>
        <translation>La fecha, la clave de rastreo o la referencia, los dos bancos, la cuenta beneficiaria (CLABE, tarjeta o número de celular) y el monto.</translation>
    </message>
    <message>
        <source>Free, confidential cybersecurity helpline (8:00 to 23:00 every day): advice on what to do after an online fraud. It does not take police reports.</source>
        <translation>Línea de ayuda en ciberseguridad gratuita y confidencial (de 8:00 a 23:00 todos los días): consejos sobre qué hacer tras un fraude en internet. No tramita denuncias.</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message numerus="yes">
        <source>{kind} “{item}”: %n versions</source>
        <translation>
            <numerusform>{kind} «{item}»: %n versión</numerusform>
            <numerusform>{kind} «{item}»: %n versiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>You seem to be offline: only the link itself was checked</source>
        <translation>Parece que no tienes conexión: solo se ha revisado el enlace en sí</translation>
    </message>
    <message>
        <source>Neither {host} nor the domain registry could be reached: this computer seems to have no internet connection. The secure connection, the domain&apos;s age and the shop&apos;s pages were not checked. Check again when you are connected.</source>
        <translation>No se pudo contactar ni con {host} ni con el registro del dominio: parece que este equipo no tiene conexión a internet. No se revisaron la conexión segura, la antigüedad del dominio ni las páginas de la tienda. Comprueba de nuevo cuando estés conectado.</translation>
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
        <translation>La oferta está en {source}: indica --rate para verla en {target}.</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>The total could not be computed.</source>
        <translation>No se pudo calcular el total.</translation>
    </message>
    <message>
        <source>This is not a price I can read.</source>
        <translation>No se entiende este precio.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Este valor no se admite aquí.</translation>
    </message>
    <message>
        <source>Unknown currency code: {code}.</source>
        <translation>Código de moneda desconocido: {code}.</translation>
    </message>
    <message>
        <source>Cannot add {first} and {second} without an exchange rate.</source>
        <translation>No se pueden sumar {first} y {second} sin un tipo de cambio.</translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target}: type one in.</source>
        <translation>No hay tipo de cambio de {source} a {target}: escríbelo.</translation>
    </message>
    <message>
        <source>The reference exchange rates could not be read.</source>
        <translation>No se pudieron leer los tipos de cambio de referencia.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total in {currency}</source>
        <translation>Total en {currency}</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>{quantity} × {price}</source>
        <translation>{quantity} × {price}</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Cupones</translation>
    </message>
    <message>
        <source>minimum spend not reached</source>
        <translation>no se alcanza la compra mínima</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>free above {threshold}</source>
        <translation>gratis a partir de {threshold}</translation>
    </message>
    <message>
        <source>Shipping voucher</source>
        <translation>Cupón de envío</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>hasta {amount}</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation>Arancel de importación</translation>
    </message>
    <message>
        <source>Tax included in the prices</source>
        <translation>Impuestos incluidos en el precio</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>Comisión de pago</translation>
    </message>
    <message>
        <source>{percent} % of {base}</source>
        <translation>{percent} % de {base}</translation>
    </message>
    <message>
        <source>{percent} %, at most {cap}</source>
        <translation>{percent} %, hasta {cap}</translation>
    </message>
    <message>
        <source>The shop check saw {captured}; it cannot be compared without a rate.</source>
        <translation>Al comprobar la tienda se vio {captured}; no se puede comparar sin un tipo de cambio.</translation>
    </message>
    <message>
        <source>Price went up {percent} % since the shop check.</source>
        <translation>El precio subió un {percent} % desde que se comprobó la tienda.</translation>
    </message>
    <message>
        <source>Price went down {percent} % since the shop check.</source>
        <translation>El precio bajó un {percent} % desde que se comprobó la tienda.</translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target}.</source>
        <translation>No hay tipo de cambio de {source} a {target}.</translation>
    </message>
    <message>
        <source>{percent} % below the reference price: brand goods at huge discounts are a classic fake-shop sign.</source>
        <translation>Un {percent} % por debajo del precio de referencia: los productos de marca con descuentos enormes son la señal típica de una tienda falsa.</translation>
    </message>
    <message>
        <source>{percent} % cheaper than the other offers: check this seller carefully.</source>
        <translation>Un {percent} % más barato que las demás ofertas: revisa bien a este vendedor.</translation>
    </message>
    <message>
        <source>the server answered with HTTP status {status}</source>
        <translation>el servidor respondió con el estado HTTP {status}</translation>
    </message>
    <message>
        <source>Offline mode: using the saved exchange rates.</source>
        <translation>Modo sin conexión: se usan los tipos de cambio guardados.</translation>
    </message>
    <message>
        <source>Offline mode and no saved exchange rates.</source>
        <translation>Modo sin conexión y sin tipos de cambio guardados.</translation>
    </message>
    <message>
        <source>Could not fetch the ECB rates ({reason}).</source>
        <translation>No se pudieron descargar los tipos del BCE ({reason}).</translation>
    </message>
    <message>
        <source>Could not fetch the ECB rates ({reason}); using the saved ones.</source>
        <translation>No se pudieron descargar los tipos del BCE ({reason}); se usan los guardados.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Contra reembolso</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Billetera digital</translation>
    </message>
    <message>
        <source>Handling fee</source>
        <translation>Gastos de gestión</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Cargo administrativo</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Tarifa de servicio</translation>
    </message>
    <message>
        <source>Amounts cannot be negative ({value}).</source>
        <translation>Los importes no pueden ser negativos ({value}).</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage: write e.g. 11 or 2,9 %.</source>
        <translation>«{value}» no es un porcentaje: escribe por ejemplo 21 o 2,9 %.</translation>
    </message>
    <message>
        <source>A percentage cannot exceed 100 ({value}).</source>
        <translation>Un porcentaje no puede pasar de 100 ({value}).</translation>
    </message>
    <message>
        <source>This offer is in {offer}: write this amount in {offer} too.</source>
        <translation>Esta oferta está en {offer}: escribe este importe también en {offer}.</translation>
    </message>
    <message>
        <source>Type or paste the price of the item.</source>
        <translation>Escribe o pega el precio del artículo.</translation>
    </message>
    <message>
        <source>A voucher is either an amount or a percentage.</source>
        <translation>Un cupón es un importe o un porcentaje, no ambos.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>La cantidad debe ser un número entero, como mínimo 1.</translation>
    </message>
    <message>
        <source>“{value}” is not an exchange rate: write e.g. 17250.5.</source>
        <translation>«{value}» no es un tipo de cambio: escribe por ejemplo 17250.5.</translation>
    </message>
    <message>
        <source>“{text}” names more than one currency.</source>
        <translation>«{text}» menciona más de una moneda.</translation>
    </message>
    <message>
        <source>The digit groups in “{text}” do not look like a price.</source>
        <translation>Los grupos de cifras de «{text}» no parecen un precio.</translation>
    </message>
    <message>
        <source>“{text}” can be read in two ways: write it without the shorthand, e.g. 1500000.</source>
        <translation>«{text}» se puede leer de dos maneras: escríbelo sin abreviar, por ejemplo 1500000.</translation>
    </message>
    <message>
        <source>“{text}” can be read in two ways: write the currency&apos;s decimals in full.</source>
        <translation>«{text}» se puede leer de dos maneras: escribe todos los decimales de la moneda.</translation>
    </message>
    <message>
        <source>“{mark}” read as {currency} because your country is {country}.</source>
        <translation>«{mark}» se lee como {currency} porque tu país es {country}.</translation>
    </message>
    <message>
        <source>“{mark}” read as {currency}.</source>
        <translation>«{mark}» se lee como {currency}.</translation>
    </message>
    <message>
        <source>No currency in the text: {currency} assumed.</source>
        <translation>El texto no indica moneda: se supone {currency}.</translation>
    </message>
    <message>
        <source>Type a price, e.g. 50rb or 1.234,56 €.</source>
        <translation>Escribe un precio, por ejemplo 1.234,56 € o $1,299.</translation>
    </message>
    <message>
        <source>There is no amount in “{text}”.</source>
        <translation>No hay ningún importe en «{text}».</translation>
    </message>
    <message>
        <source>“{text}” says free but also shows an amount.</source>
        <translation>«{text}» dice gratis pero también muestra un importe.</translation>
    </message>
    <message>
        <source>“{text}” holds more than one amount: paste only the price.</source>
        <translation>«{text}» contiene más de un importe: pega solo el precio.</translation>
    </message>
    <message>
        <source>A price cannot be negative: “{text}”.</source>
        <translation>Un precio no puede ser negativo: «{text}».</translation>
    </message>
    <message>
        <source>“{text}” is too large to be a price.</source>
        <translation>«{text}» es demasiado grande para ser un precio.</translation>
    </message>
    <message>
        <source>“{mark}” can mean several currencies: add the code, e.g. {codes}.</source>
        <translation>«{mark}» puede ser varias monedas: añade el código, por ejemplo {codes}.</translation>
    </message>
    <message>
        <source>The currency in “{text}” is not known: add its code.</source>
        <translation>No se reconoce la moneda de «{text}»: añade su código.</translation>
    </message>
    <message>
        <source>“{text}” has no currency: add one, e.g. IDR or €.</source>
        <translation>«{text}» no indica moneda: añádela, por ejemplo € o MXN.</translation>
    </message>
    <message>
        <source>An exchange rate must be above zero.</source>
        <translation>El tipo de cambio debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>introducido a mano</translation>
    </message>
    <message>
        <source>1 {source_currency} = {value} {target_currency} ({source}, {date})</source>
        <translation>1 {source_currency} = {value} {target_currency} ({source}, {date})</translation>
    </message>
    <message>
        <source>The saved offers could not be read.</source>
        <translation>No se pudieron leer las ofertas guardadas.</translation>
    </message>
    <message>
        <source>“{text}” is in cents: write it in the currency, e.g. 0.99.</source>
        <translation>«{text}» está en céntimos: escríbelo en la moneda, p. ej. 0,99.</translation>
    </message>
    <message>
        <source>In “{text}”, “K” can mean a thousand or a currency (kina, kwacha): write the amount in full.</source>
        <translation>En «{text}», «K» puede significar mil o una moneda (kina, kwacha): escribe el importe completo.</translation>
    </message>
    <message>
        <source>“{text}” is a range, from {low} to {high}: paste the price you pay.</source>
        <translation>«{text}» es un rango, de {low} a {high}: pega el precio que vas a pagar.</translation>
    </message>
    <message>
        <source>“{text}” shows two prices, {first} and {second}: which one do you pay? Paste only that one.</source>
        <translation>«{text}» muestra dos precios, {first} y {second}: ¿cuál pagas? Pega solo ese.</translation>
    </message>
    <message>
        <source>“{text}” is a date, not a price.</source>
        <translation>«{text}» es una fecha, no un precio.</translation>
    </message>
    <message>
        <source>“{text}” looks like a percentage, not a price.</source>
        <translation>«{text}» parece un porcentaje, no un precio.</translation>
    </message>
    <message>
        <source>“{text}” looks like a measurement, not a price.</source>
        <translation>«{text}» parece una medida, no un precio.</translation>
    </message>
    <message>
        <source>In “{text}”, “{word}” stands between the amount and the currency: write the whole amount in digits.</source>
        <translation>En «{text}», «{word}» está entre el importe y la moneda: escribe el importe completo en cifras.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>CostsExport</name>
    <message>
        <source>ShopSafe cost breakdown</source>
        <translation>Desglose de costes de ShopSafe</translation>
    </message>
    <message>
        <source>Nothing to export yet: type a price first.</source>
        <translation>Todavía no hay nada que exportar: escribe primero un precio.</translation>
    </message>
    <message>
        <source>Export breakdown</source>
        <translation>Exportar desglose</translation>
    </message>
    <message>
        <source>The breakdown could not be saved:
{error}</source>
        <translation>No se pudo guardar el desglose:
{error}</translation>
    </message>
    <message>
        <source>Breakdown saved to {path}</source>
        <translation>Desglose guardado en {path}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the breakdown as a PDF document to print or send</source>
        <translation>Guarda el desglose como documento PDF para imprimirlo o enviarlo</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>Guardar como imagen…</translation>
    </message>
    <message>
        <source>Save the breakdown as a picture sized for a phone, to send in a chat</source>
        <translation>Guarda el desglose como imagen del tamaño de un móvil, para enviarla por chat</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>{name} (copy)</source>
        <extracomment>&quot;Save breakdown&quot; found the archive locked and the user chose to go and unlock it. A breakdown was saved into the archive; carries the order id.</extracomment>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Comparison in {currency}</source>
        <translation>Comparación en {currency}</translation>
    </message>
    <message>
        <source>Nothing to copy yet: type a price first.</source>
        <translation>Aún no hay nada que copiar: escribe primero un precio.</translation>
    </message>
    <message>
        <source>Breakdown copied.</source>
        <translation>Desglose copiado.</translation>
    </message>
    <message>
        <source>Nothing to save yet: type a price first.</source>
        <translation>Aún no hay nada que guardar: escribe primero un precio.</translation>
    </message>
    <message>
        <source>No reference rate for {source}: type the rate your bank or card uses.</source>
        <translation>No hay tipo de referencia para {source}: escribe el que aplica tu banco o tu tarjeta.</translation>
    </message>
    <message>
        <source>Offer {number}</source>
        <translation>Oferta {number}</translation>
    </message>
    <message>
        <source>Breakdown: {offer}</source>
        <translation>Desglose: {offer}</translation>
    </message>
    <message>
        <source>Reference price: {error}</source>
        <translation>Precio normal: {error}</translation>
    </message>
    <message>
        <source>Breakdown saved to {path}</source>
        <translation>Desglose guardado en {path}</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>Compare in</source>
        <translation>Comparar en</translation>
    </message>
    <message>
        <source>Normal price</source>
        <translation>Precio normal</translation>
    </message>
    <message>
        <source>optional: the usual price of this item, to spot fake discounts</source>
        <translation>opcional: el precio habitual del artículo, para detectar descuentos falsos</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Añadir oferta</translation>
    </message>
    <message>
        <source>Add an offer (Ctrl+N)</source>
        <translation>Añadir una oferta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected offer (Ctrl+D)</source>
        <translation>Duplicar la oferta seleccionada (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected offer (Delete)</source>
        <translation>Eliminar la oferta seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Copy breakdown</source>
        <translation>Copiar desglose</translation>
    </message>
    <message>
        <source>Copy the breakdown as text (Ctrl+Shift+C)</source>
        <translation>Copiar el desglose como texto (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Save breakdown</source>
        <translation>Guardar desglose</translation>
    </message>
    <message>
        <source>Keep the breakdown on this computer (Ctrl+S)</source>
        <translation>Guardar el desglose en este equipo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Add an offer and paste its price — Rp 125.000, 50rb, 1.234,56 € or $19.99 — to see what you will really pay. Add more offers to compare them.</source>
        <translation>Añade una oferta y pega su precio —1.234,56 €, $1,299.00 o MX$ 1,299— para ver lo que pagarás de verdad. Añade más ofertas para compararlas.</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it on the Archive page, then save the breakdown again.</source>
        <translation>El archivo está bloqueado. Desbloquéalo en la página Archivo y vuelve a guardar el desglose.</translation>
    </message>
    <message>
        <source>Go to the &amp;Archive page</source>
        <translation>Ir a la página &amp;Archivo</translation>
    </message>
    <message>
        <source>The archive is locked: the breakdown was not saved.</source>
        <translation>El archivo está bloqueado: el desglose no se ha guardado.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Saving the breakdown to the archive…</source>
        <translation>Guardando el desglose en el archivo…</translation>
    </message>
    <message>
        <source>Breakdown saved in the archive.</source>
        <translation>Desglose guardado en el archivo.</translation>
    </message>
    <message>
        <source>Keep the breakdown with an order in the encrypted archive (Ctrl+S)</source>
        <translation>Guarda el desglose con un pedido en el archivo cifrado (Ctrl+S)</translation>
    </message>
    <message>
        <source>The archive was locked: the breakdown was not saved.</source>
        <translation>El archivo se ha bloqueado: el desglose no se ha guardado.</translation>
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
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
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
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
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
        <translation>Canadá</translation>
    </message>
</context>
<context>
    <name>CountryQuestion</name>
    <message>
        <source>Which country do you shop in? It decides how phone numbers, prices and taxes are read. Until you choose, Spain is used.</source>
        <translation>¿En qué país compras? De eso depende cómo se leen los números de teléfono, los precios y los impuestos. Hasta que elijas, se usa España.</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Another country…</source>
        <translation>Otro país…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ShopSafe ran into a problem</source>
        <translation>ShopSafe ha tenido un problema</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your data is safe: nothing was sent anywhere. You can keep working, but if this happens again please restart ShopSafe.</source>
        <translation>Ha ocurrido algo inesperado. Tus datos están a salvo: no se ha enviado nada a ningún sitio. Puedes seguir trabajando, pero si vuelve a pasar, reinicia ShopSafe.</translation>
    </message>
    <message>
        <source>The details were also written to the log file:
{path}</source>
        <translation>Los detalles también se han guardado en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>Crawl</name>
    <message>
        <source>HTTP status {status}</source>
        <extracomment>The kinds read for how the shop asks to be paid (not policies: no finding if they are missing).</extracomment>
        <translation>estado HTTP {status}</translation>
    </message>
</context>
<context>
    <name>DomainStatus</name>
    <message>
        <source>transfer locked</source>
        <translation>transferencia bloqueada</translation>
    </message>
    <message>
        <source>changes locked</source>
        <translation>cambios bloqueados</translation>
    </message>
    <message>
        <source>deletion locked</source>
        <translation>borrado bloqueado</translation>
    </message>
    <message>
        <source>renewal locked</source>
        <translation>renovación bloqueada</translation>
    </message>
    <message>
        <source>suspended (not reachable)</source>
        <translation>suspendido (no accesible)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>about to be deleted</source>
        <translation>a punto de borrarse</translation>
    </message>
    <message>
        <source>expired, can still be restored</source>
        <translation>caducado, aún se puede recuperar</translation>
    </message>
    <message>
        <source>being moved to another registrar</source>
        <translation>en traslado a otro registrador</translation>
    </message>
    <message>
        <source>registered in the last few days</source>
        <translation>registrado hace pocos días</translation>
    </message>
    <message>
        <source>just renewed</source>
        <translation>recién renovado</translation>
    </message>
    <message>
        <source>just moved to another registrar</source>
        <translation>recién trasladado a otro registrador</translation>
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
        <translation>Algo ha salido mal.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>This input was not understood.</source>
        <translation>No se ha entendido lo que has escrito.</translation>
    </message>
    <message>
        <source>The bundled brand registry is damaged: reinstall ShopSafe.</source>
        <translation>El registro de marcas incluido está dañado: reinstala ShopSafe.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Imitates</source>
        <translation>Imita a</translation>
    </message>
    <message>
        <source>Trick used</source>
        <translation>Truco usado</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Also similar to</source>
        <translation>También se parece a</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrador</translation>
    </message>
    <message>
        <source>Age in days</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Text before “@”</source>
        <translation>Texto antes de la «@»</translation>
    </message>
    <message>
        <source>Shown in the browser as</source>
        <translation>El navegador lo muestra como</translation>
    </message>
    <message>
        <source>Alphabets</source>
        <translation>Alfabetos</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Domain ending</source>
        <translation>Terminación del dominio</translation>
    </message>
    <message>
        <source>Abuse level (1–3)</source>
        <translation>Nivel de abuso (1–3)</translation>
    </message>
    <message>
        <source>Link shortener</source>
        <translation>Acortador de enlaces</translation>
    </message>
    <message>
        <source>Site builder</source>
        <translation>Constructor de webs</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>Versión de TLS</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Company numbers</source>
        <translation>Identificadores de empresa</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Perfiles sociales</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Política de devoluciones</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Información de envío</translation>
    </message>
    <message>
        <source>Legal notice</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Domain status</source>
        <translation>Estado del dominio</translation>
    </message>
    <message>
        <source>Looked up at</source>
        <translation>Consultado en</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitido para</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válido para</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Nombres en el certificado</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontradas</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudieron leer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Check digits valid</source>
        <translation>Dígito de control correcto</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Largest discount (%)</source>
        <translation>Mayor descuento (%)</translation>
    </message>
    <message>
        <source>Discounts seen (%)</source>
        <translation>Descuentos vistos (%)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina en</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Redirecciones</translation>
    </message>
    <message>
        <source>Complaints book</source>
        <translation>Libro de reclamaciones</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Words in the message</source>
        <translation>Palabras del mensaje</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <source>Bank named</source>
        <translation>Banco mencionado</translation>
    </message>
    <message>
        <source>Bank of the number</source>
        <translation>Banco del número</translation>
    </message>
    <message>
        <source>Paid to (QR code)</source>
        <translation>Recibe el pago (código QR)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Merchant id (NMID)</source>
        <translation>ID de comercio (NMID)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Seller named</source>
        <translation>Vendedor mencionado</translation>
    </message>
    <message>
        <source>refresh tag</source>
        <extracomment>Evidence kept in the JSON report for programs and auditors but not shown to people: the bibliographic note of the bundled TLD table (and the advisory a message rule comes from) is long, English and says nothing about the shop; the OCR engine&apos;s figures are for the log; &quot;incomplete&quot; and &quot;check&quot; are flags for the verdict and for programs. Known coded values per evidence key (a value is looked up under the key it appears with).</extracomment>
        <translation>etiqueta de recarga</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>Site the link leads to</source>
        <translation>Sitio al que lleva el enlace</translation>
    </message>
    <message>
        <source>Sends you to</source>
        <translation>Te envía a</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Most characters allowed</source>
        <translation>Máximo de caracteres permitido</translation>
    </message>
    <message>
        <source>Start of the link</source>
        <translation>Inicio del enlace</translation>
    </message>
    <message>
        <source>Characters pasted</source>
        <translation>Caracteres pegados</translation>
    </message>
    <message>
        <source>Characters read</source>
        <translation>Caracteres leídos</translation>
    </message>
    <message>
        <source>Characters in all</source>
        <translation>Caracteres en total</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Reconocido por</translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n fichero añadido.</numerusform>
            <numerusform>%n ficheros añadidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Your family marked this seller as a scam</source>
        <translation>Tu familia marcó a este vendedor como estafa</translation>
    </message>
    <message>
        <source>“{seller}”: marked as a scam by {member} on {date}: {reason}</source>
        <translation>«{seller}»: marcado como estafa por {member} el {date}: {reason}</translation>
    </message>
    <message>
        <source>Do not pay. Talk to {member} before you do anything else.</source>
        <translation>No pagues. Habla con {member} antes de hacer nada más.</translation>
    </message>
    <message>
        <source>Your family is unsure about this seller</source>
        <translation>Tu familia tiene dudas sobre este vendedor</translation>
    </message>
    <message>
        <source>“{seller}”: marked unsure by {member} on {date}: {reason}</source>
        <translation>«{seller}»: marcado como dudoso por {member} el {date}: {reason}</translation>
    </message>
    <message>
        <source>Your family trusts this seller</source>
        <translation>Tu familia confía en este vendedor</translation>
    </message>
    <message>
        <source>“{seller}”: marked trusted by {member} on {date}: {reason}. The other findings still count: a trusted seller&apos;s number or page can be taken over.</source>
        <translation>«{seller}»: marcado de confianza por {member} el {date}: {reason}. Los demás hallazgos siguen contando: el número o la página de un vendedor de confianza pueden caer en otras manos.</translation>
    </message>
    <message>
        <source>This seller is in your family&apos;s seller book</source>
        <translation>Este vendedor está en la libreta de vendedores de tu familia</translation>
    </message>
    <message>
        <source>“{seller}” is in the seller book; nobody has given a verdict yet.</source>
        <translation>«{seller}» está en la libreta; nadie ha dado todavía un veredicto.</translation>
    </message>
    <message>
        <source>The family&apos;s seller book could not be read</source>
        <translation>No se pudo leer la libreta de vendedores de la familia</translation>
    </message>
    <message>
        <source>This check did not compare the seller with your family&apos;s seller book. The other checks are complete.</source>
        <translation>Esta comprobación no comparó al vendedor con la libreta de tu familia. Las demás comprobaciones están completas.</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>ShopSafe may not write in the folder {folder}. Choose another folder, for example Documents.</source>
        <translation>ShopSafe no tiene permiso para escribir en la carpeta {folder}. Elige otra carpeta, por ejemplo Documentos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>La carpeta {folder} no existe. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The disk that holds the folder {folder} is full. Free some space or choose another folder.</source>
        <translation>El disco donde está la carpeta {folder} está lleno. Libera espacio o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (it is read-only). Choose another folder.</source>
        <translation>No se puede escribir en la carpeta {folder} (es de solo lectura). Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The file name is not allowed in the folder {folder}. Choose a shorter or simpler name.</source>
        <translation>Ese nombre de archivo no se admite en la carpeta {folder}. Elige un nombre más corto o más sencillo.</translation>
    </message>
    <message>
        <source>The file could not be written in the folder {folder}. The details are in the log file.</source>
        <translation>No se pudo escribir el archivo en la carpeta {folder}. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Algo salió mal. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Let someone in</source>
        <translation>Dejar entrar a alguien</translation>
    </message>
    <message>
        <source>Paste the invitation code they sent you (it starts with SHOPSAFE-JOIN).</source>
        <translation>Pega el código de invitación que te enviaron (empieza por SHOPSAFE-JOIN).</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Comprobar el código</translation>
    </message>
    <message>
        <source>It matches: let them in</source>
        <translation>Coincide: dejarle entrar</translation>
    </message>
    <message>
        <source>{name} asks to join. Ask {name} to read out the fingerprint on their screen (by phone or in person). Let them in only if it is exactly this:</source>
        <translation>{name} pide unirse. Pide a {name} que te lea la huella que ve en su pantalla (por teléfono o en persona). Déjale entrar solo si es exactamente esta:</translation>
    </message>
    <message>
        <source>Their request has not arrived in this archive folder yet. Wait until the folder has synced, then check again.</source>
        <translation>Su solicitud aún no ha llegado a esta carpeta del archivo. Espera a que la carpeta se sincronice y vuelve a comprobarlo.</translation>
    </message>
</context>
<context>
    <name>HttpsCheck</name>
    <message>
        <source>The shop&apos;s certificate has expired</source>
        <translation>El certificado de la tienda ha caducado</translation>
    </message>
    <message>
        <source>The certificate of {host} expired on {not_after}. Your browser will warn you, and anything you type could be read by others.</source>
        <translation>El certificado de {host} caducó el {not_after}. Tu navegador te avisará, y cualquier cosa que escribas podría leerla otra persona.</translation>
    </message>
    <message>
        <source>The shop&apos;s certificate is not valid yet</source>
        <translation>El certificado de la tienda todavía no es válido</translation>
    </message>
    <message>
        <source>The certificate of {host} only becomes valid on {not_before}: either your clock is wrong or the site is set up carelessly.</source>
        <translation>El certificado de {host} no es válido hasta el {not_before}: o la hora de tu equipo está mal, o el sitio está montado con descuido.</translation>
    </message>
    <message>
        <source>The shop&apos;s certificate is not trusted</source>
        <translation>El certificado de la tienda no es de confianza</translation>
    </message>
    <message>
        <source>The certificate of {host} was not issued by a trusted authority ({reason}). Anyone could have made it.</source>
        <translation>El certificado de {host} no lo emitió una autoridad de confianza ({reason}). Cualquiera podría haberlo creado.</translation>
    </message>
    <message>
        <source>The certificate belongs to another site</source>
        <translation>El certificado es de otro sitio</translation>
    </message>
    <message>
        <source>{host} showed a certificate made for {names}. The connection may not be going where you think.</source>
        <translation>{host} presentó un certificado emitido para {names}. Puede que la conexión no vaya adonde crees.</translation>
    </message>
    <message>
        <source>Do not enter card numbers, passwords or personal data on this site.</source>
        <translation>No introduzcas números de tarjeta, contraseñas ni datos personales en este sitio.</translation>
    </message>
    <message>
        <source>Outdated encryption ({version})</source>
        <translation>Cifrado obsoleto ({version})</translation>
    </message>
    <message>
        <source>{host} only speaks {version}, which browsers stopped accepting years ago. A shop that cares for its customers would have updated.</source>
        <translation>{host} solo admite {version}, que los navegadores dejaron de aceptar hace años. Una tienda que cuida a sus clientes ya lo habría actualizado.</translation>
    </message>
    <message>
        <source>Valid HTTPS certificate</source>
        <translation>Certificado HTTPS válido</translation>
    </message>
    <message>
        <source>The connection to {host} is encrypted ({version}) with a certificate issued by {issuer}, valid until {not_after}. This proves the address, not that the shop is honest.</source>
        <translation>La conexión con {host} está cifrada ({version}) con un certificado emitido por {issuer}, válido hasta el {not_after}. Esto demuestra que la dirección es la correcta, no que la tienda sea honrada.</translation>
    </message>
    <message>
        <source>Certificate issued {days} days ago</source>
        <translation>Certificado emitido hace {days} días</translation>
    </message>
    <message>
        <source>The certificate was issued on {date}. Certificates are renewed often, so this is normal for many sites; together with a brand-new domain it fits a freshly set-up shop.</source>
        <translation>El certificado se emitió el {date}. Los certificados se renuevan a menudo, así que es normal en muchos sitios; junto con un dominio recién creado, encaja con una tienda montada hace nada.</translation>
    </message>
    <message>
        <source>No plain-HTTP version</source>
        <translation>Sin versión HTTP sin cifrar</translation>
    </message>
    <message>
        <source>{host} does not answer on plain HTTP ({reason}), so every visit is encrypted.</source>
        <translation>{host} no responde por HTTP sin cifrar ({reason}), así que todas las visitas van cifradas.</translation>
    </message>
    <message>
        <source>Plain HTTP is redirected to HTTPS</source>
        <translation>HTTP sin cifrar redirige a HTTPS</translation>
    </message>
    <message>
        <source>Visiting http://{host}/ takes you to the encrypted site.</source>
        <translation>Al abrir http://{host}/ te lleva al sitio cifrado.</translation>
    </message>
    <message>
        <source>Plain HTTP is not redirected to HTTPS</source>
        <translation>HTTP sin cifrar no redirige a HTTPS</translation>
    </message>
    <message>
        <source>http://{host}/ stays unencrypted instead of sending you to the HTTPS site. Make sure the address bar shows https:// before you type anything.</source>
        <translation>http://{host}/ se queda sin cifrar en lugar de llevarte al sitio HTTPS. Comprueba que la barra de direcciones muestra https:// antes de escribir nada.</translation>
    </message>
    <message>
        <source>The shop only works without encryption</source>
        <translation>La tienda solo funciona sin cifrado</translation>
    </message>
    <message>
        <source>{host} has no working HTTPS: everything you send, including addresses and payment details, travels readable by others.</source>
        <translation>{host} no tiene HTTPS operativo: todo lo que envíes, incluidas direcciones y datos de pago, viaja de forma legible para otros.</translation>
    </message>
    <message>
        <source>The secure site sends you to an unencrypted page</source>
        <translation>El sitio seguro te lleva a una página sin cifrar</translation>
    </message>
    <message>
        <source>https://{host}/ redirects to {url}, which is not encrypted; whatever you type there can be read by others.</source>
        <translation>https://{host}/ redirige a {url}, que no está cifrada; lo que escribas allí podrán leerlo otros.</translation>
    </message>
    <message>
        <source>A form sends your data unencrypted</source>
        <translation>Un formulario envía tus datos sin cifrar</translation>
    </message>
    <message>
        <source>A form or password field on the shop posts to {target} over plain HTTP, where others on the network can read it.</source>
        <translation>Un formulario o campo de contraseña de la tienda envía los datos a {target} por HTTP sin cifrar, donde otros en la red pueden leerlos.</translation>
    </message>
    <message>
        <source>HTTPS is enforced (HSTS)</source>
        <translation>HTTPS obligatorio (HSTS)</translation>
    </message>
    <message>
        <source>The site tells browsers to always use HTTPS ({value}).</source>
        <translation>El sitio indica a los navegadores que usen siempre HTTPS ({value}).</translation>
    </message>
    <message>
        <source>HTTPS is not enforced (no HSTS)</source>
        <translation>HTTPS no obligatorio (sin HSTS)</translation>
    </message>
    <message>
        <source>The site does not ask browsers to insist on HTTPS. Many small shops skip this; it is a detail, not a warning sign.</source>
        <translation>El sitio no pide a los navegadores que exijan HTTPS. Muchas tiendas pequeñas lo omiten; es un detalle técnico, no una señal de alarma.</translation>
    </message>
    <message>
        <source>HTTPS could not be checked</source>
        <translation>No se pudo comprobar el HTTPS</translation>
    </message>
    <message>
        <source>No secure connection to {host} could be made: {reason}</source>
        <translation>No se pudo establecer una conexión segura con {host}: {reason}</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>Text read from the picture</source>
        <translation>Texto leído de la imagen</translation>
    </message>
    <message>
        <source>ShopSafe read the text of the picture on this computer. A digit may be misread: compare account numbers and amounts with the picture.</source>
        <translation>ShopSafe leyó el texto de la imagen en este equipo. Puede que algún dígito se haya leído mal: compara los números de cuenta y los importes con la imagen.</translation>
    </message>
    <message>
        <source>No text or QR code found in the picture</source>
        <translation>No hay texto ni código QR en la imagen</translation>
    </message>
    <message>
        <source>The picture holds nothing ShopSafe can read. Paste the seller&apos;s message as text, or a sharper screenshot.</source>
        <translation>La imagen no contiene nada que ShopSafe pueda leer. Pega el mensaje del vendedor como texto, o una captura más nítida.</translation>
    </message>
    <message>
        <source>The text recognition engine (Tesseract) or its language models are not installed, so the words of the picture were not read. Run tools/setup.sh, or paste the message as text.</source>
        <translation>El motor de reconocimiento de texto (Tesseract) o sus modelos de idioma no están instalados, así que no se leyeron las palabras de la imagen. Ejecuta tools/setup.sh o pega el mensaje como texto.</translation>
    </message>
    <message>
        <source>The text of the picture could not be read. Paste the message as text instead.</source>
        <translation>No se pudo leer el texto de la imagen. Pega el mensaje como texto.</translation>
    </message>
    <message>
        <source>The picture&apos;s text was not read</source>
        <translation>No se leyó el texto de la imagen</translation>
    </message>
    <message>
        <source>The file is far larger than a screenshot or photo, so it was not opened.</source>
        <translation>El archivo es muchísimo más grande que una captura o una foto, así que no se abrió.</translation>
    </message>
    <message>
        <source>The file is not a picture ShopSafe can open, or it is damaged.</source>
        <translation>El archivo no es una imagen que ShopSafe pueda abrir, o está dañado.</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <source>The picture could not be opened</source>
        <translation>No se pudo abrir la imagen</translation>
    </message>
    <message>
        <source>The QR code is a link, not a payment code</source>
        <translation>El código QR es un enlace, no un código de pago</translation>
    </message>
    <message>
        <source>Scanning it opens {link}. A payment QR from a shop (QRIS, Mercado Pago) names who receives the money; a link can lead anywhere. The link is checked below.</source>
        <translation>Al escanearlo se abre {link}. Un QR de pago de una tienda (QRIS, Mercado Pago) dice quién recibe el dinero; un enlace puede llevar a cualquier sitio. El enlace se revisa más abajo.</translation>
    </message>
    <message>
        <source>Payment QR code: the money goes to {name}</source>
        <translation>Código QR de pago: el dinero va a {name}</translation>
    </message>
    <message>
        <source>The QR code pays {name} in {city}. Before you pay, check that the name your payment app shows is the seller you are buying from.</source>
        <translation>El código QR paga a {name} en {city}. Antes de pagar, comprueba que el nombre que muestra tu app de pago es el del vendedor al que compras.</translation>
    </message>
    <message>
        <source>The payment QR code has been tampered with</source>
        <translation>El código QR de pago ha sido manipulado</translation>
    </message>
    <message>
        <source>Its checksum does not match its content: the code was edited or made by hand. Real payment codes are generated by the bank.</source>
        <translation>Su dígito de control no coincide con el contenido: el código se editó o se hizo a mano. Los códigos de pago reales los genera el banco.</translation>
    </message>
    <message>
        <source>Do not pay with this code.</source>
        <translation>No pagues con este código.</translation>
    </message>
    <message>
        <source>The QR code pays someone else</source>
        <translation>El código QR paga a otra persona</translation>
    </message>
    <message>
        <source>The message names {seller}, but the QR code pays {name}.</source>
        <translation>El mensaje dice {seller}, pero el código QR paga a {name}.</translation>
    </message>
    <message>
        <source>Ask the seller why, and pay only when the names match.</source>
        <translation>Pregúntale al vendedor por qué, y paga solo si los nombres coinciden.</translation>
    </message>
    <message>
        <source>The QR code pays a person</source>
        <translation>El código QR paga a una persona</translation>
    </message>
    <message>
        <source>{name} looks like a person&apos;s name, not a shop&apos;s. Paying a person by QR gives you no buyer protection.</source>
        <translation>{name} parece el nombre de una persona, no de una tienda. Pagar a una persona por QR no te da protección como comprador.</translation>
    </message>
</context>
<context>
    <name>InboxWatcher</name>
    <message numerus="yes">
        <source>Importing %n file(s) from the inbox…</source>
        <translation>
            <numerusform>Importando %n fichero de la carpeta de entrada…</numerusform>
            <numerusform>Importando %n ficheros de la carpeta de entrada…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from the inbox imported into the order “Inbox” and removed from the inbox.</source>
        <translation>
            <numerusform>%n fichero de la carpeta de entrada importado al pedido «Bandeja de entrada» y quitado de la carpeta.</numerusform>
            <numerusform>%n ficheros de la carpeta de entrada importados al pedido «Bandeja de entrada» y quitados de la carpeta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputKind</name>
    <message>
        <source>Web shop</source>
        <translation>Tienda online</translation>
    </message>
    <message>
        <source>Marketplace listing</source>
        <translation>Anuncio en un marketplace</translation>
    </message>
    <message>
        <source>Seller on social media</source>
        <translation>Vendedor en redes sociales</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>No reconocido</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Ask to join this family archive</source>
        <translation>Pedir unirse a este archivo familiar</translation>
    </message>
    <message>
        <source>Type your name and a passphrase of your own. ShopSafe makes your keys and an invitation code; send the code to someone in the family who organises the archive.</source>
        <translation>Escribe tu nombre y una frase de contraseña propia. ShopSafe crea tus claves y un código de invitación; envía el código a alguien de la familia que organice el archivo.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Código de invitación como código QR</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Pedir unirse</translation>
    </message>
    <message>
        <source>Making your keys…</source>
        <translation>Creando tus claves…</translation>
    </message>
    <message>
        <source>Send this invitation code to someone in the family who organises the archive, for example in a chat, or let them scan the QR code. It holds no secret.</source>
        <translation>Envía este código de invitación a alguien de la familia que organice el archivo, por ejemplo por chat, o deja que escanee el código QR. No contiene ningún secreto.</translation>
    </message>
    <message>
        <source>Your fingerprint is {fingerprint}. They may ask you to read it out before letting you in. After that, unlock the archive with your passphrase.</source>
        <translation>Tu huella es {fingerprint}. Puede que te pidan que la leas en voz alta antes de dejarte entrar. Después, desbloquea el archivo con tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>LinkChecks</name>
    <message>
        <source>The text contains invisible characters</source>
        <translation>El texto contiene caracteres invisibles</translation>
    </message>
    <message>
        <source>Zero-width or direction-changing characters were hidden in what you pasted. They are used to disguise links; ShopSafe removed them before checking.</source>
        <translation>Lo que pegaste escondía caracteres de anchura cero o que cambian la dirección del texto. Se usan para disfrazar enlaces; ShopSafe los quitó antes de comprobarlo.</translation>
    </message>
    <message>
        <source>Do not click the link in the message. Type the shop&apos;s address yourself.</source>
        <translation>No pulses el enlace del mensaje. Escribe tú mismo la dirección de la tienda.</translation>
    </message>
    <message>
        <source>The input was not understood</source>
        <translation>No se entendió lo que pegaste</translation>
    </message>
    <message>
        <source>No link, phone number, bank account or social handle was found in it.</source>
        <translation>No contiene ningún enlace, teléfono, cuenta bancaria ni usuario de redes sociales.</translation>
    </message>
    <message>
        <source>Paste the shop&apos;s link, the seller&apos;s profile link, phone number or bank account number.</source>
        <translation>Pega el enlace de la tienda, el del perfil del vendedor, su teléfono o su número de cuenta.</translation>
    </message>
    <message>
        <source>An e-mail address is not a link</source>
        <translation>Una dirección de correo no es un enlace</translation>
    </message>
    <message>
        <source>{email} is an e-mail address, not the link of a shop: ShopSafe cannot see who reads that mailbox.</source>
        <translation>{email} es una dirección de correo electrónico, no el enlace de una tienda: ShopSafe no puede ver quién lee ese buzón.</translation>
    </message>
    <message>
        <source>Phone number {phone}</source>
        <translation>Teléfono {phone}</translation>
    </message>
    <message>
        <source>A phone number alone cannot be checked automatically.</source>
        <translation>Un número de teléfono por sí solo no se puede comprobar automáticamente.</translation>
    </message>
    <message>
        <source>Call the number, search it together with “scam”, “penipuan” or “estafa”, and check your family&apos;s seller book.</source>
        <translation>Llama al número, búscalo junto con «estafa» o «scam» y consulta la libreta familiar de vendedores.</translation>
    </message>
    <message>
        <source>Bank account {account}</source>
        <translation>Cuenta bancaria {account}</translation>
    </message>
    <message>
        <source>A bank account alone cannot be checked automatically, and a transfer to a personal account is hard to get back.</source>
        <translation>Una cuenta bancaria por sí sola no se puede comprobar automáticamente, y una transferencia a una cuenta personal es difícil de recuperar.</translation>
    </message>
    <message>
        <source>Check the account on a public fraud register (in Indonesia: cekrekening.id) and prefer escrow (rekber), cash on delivery or a card.</source>
        <translation>Busca la cuenta en un registro público de fraudes (en Indonesia: cekrekening.id) y elige mejor el pago en custodia, contra reembolso o con tarjeta.</translation>
    </message>
    <message>
        <source>Seller on a social network</source>
        <translation>Vendedor en redes sociales</translation>
    </message>
    <message>
        <source>Automatic checks cannot see a seller on {platform}: anyone can open an account there.</source>
        <translation>Las comprobaciones automáticas no pueden evaluar a un vendedor en {platform}: cualquiera puede abrir una cuenta allí.</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>Do the self-check: account age and name changes, comments, a live video, and pay with escrow (rekber) or cash on delivery, not a transfer.</source>
        <translation>Haz la comprobación por tu cuenta: antigüedad de la cuenta y cambios de nombre, comentarios, un vídeo en directo; y paga en custodia o contra reembolso, no por transferencia.</translation>
    </message>
    <message>
        <source>Official site of {brand}</source>
        <translation>Web oficial de {brand}</translation>
    </message>
    <message>
        <source>{domain} is one of the official domains of {brand}.</source>
        <translation>{domain} es uno de los dominios oficiales de {brand}.</translation>
    </message>
    <message>
        <source>Marketplace listing on {brand}</source>
        <translation>Anuncio en el marketplace {brand}</translation>
    </message>
    <message>
        <source>The marketplace protects your money only while you pay through its own checkout.</source>
        <translation>El marketplace solo protege tu dinero mientras pagues con su propio proceso de pago.</translation>
    </message>
    <message>
        <source>Pay only through the {brand} checkout. Never move to WhatsApp, a bank transfer or a link the seller sends.</source>
        <translation>Paga solo con el proceso de pago de {brand}. Nunca pases a WhatsApp, a una transferencia ni a un enlace que te mande el vendedor.</translation>
    </message>
    <message>
        <source>Payment link to a person</source>
        <translation>Enlace de pago a un particular</translation>
    </message>
    <message>
        <source>{domain} links send money straight to a person&apos;s account. Sellers who ask for them often want “friends and family” payments, which have no buyer protection.</source>
        <translation>Los enlaces de {domain} envían el dinero directamente a la cuenta de una persona. Los vendedores que los piden suelen querer pagos «entre amigos y familiares», que no tienen protección al comprador.</translation>
    </message>
    <message>
        <source>Pay through the shop&apos;s own checkout, or choose “goods and services” so that buyer protection applies.</source>
        <translation>Paga con el proceso de pago de la propia tienda, o elige «bienes y servicios» para que se aplique la protección al comprador.</translation>
    </message>
    <message>
        <source>The link uses a bare IP address</source>
        <translation>El enlace usa una dirección IP en lugar de un dominio</translation>
    </message>
    <message>
        <source>Real shops use a domain name; {ip} hides who runs the site.</source>
        <translation>Las tiendas reales usan un nombre de dominio; {ip} oculta quién está detrás de la web.</translation>
    </message>
    <message>
        <source>Do not enter payment or login details on this site.</source>
        <translation>No introduzcas datos de pago ni de acceso en esta web.</translation>
    </message>
    <message>
        <source>Not a public domain name</source>
        <translation>No es un dominio público</translation>
    </message>
    <message>
        <source>{host} does not end in a public domain suffix, so it cannot be a shop on the internet.</source>
        <translation>{host} no termina en un sufijo de dominio público, así que no puede ser una tienda en internet.</translation>
    </message>
    <message>
        <source>The link hides its real destination</source>
        <translation>El enlace oculta su destino real</translation>
    </message>
    <message>
        <source>Everything before “@” in a link is ignored by the browser: this link goes to {host}, not to {decoy}.</source>
        <translation>El navegador ignora todo lo que va antes de «@» en un enlace: este enlace lleva a {host}, no a {decoy}.</translation>
    </message>
    <message>
        <source>Do not open it. Type the shop&apos;s address yourself.</source>
        <translation>No lo abras. Escribe tú mismo la dirección de la tienda.</translation>
    </message>
    <message>
        <source>Domain ending often used for scams: .{tld}</source>
        <translation>Terminación de dominio muy usada en estafas: .{tld}</translation>
    </message>
    <message>
        <source>Public abuse statistics list .{tld} among the endings most used for phishing and fake shops. Honest shops use it too.</source>
        <translation>Las estadísticas públicas de abusos sitúan .{tld} entre las terminaciones más usadas para phishing y tiendas falsas. También la usan tiendas honradas.</translation>
    </message>
    <message>
        <source>Shortened link</source>
        <translation>Enlace acortado</translation>
    </message>
    <message>
        <source>{domain} is a link shortener: the real shop is hidden behind it.</source>
        <translation>{domain} es un acortador de enlaces: la tienda real queda oculta detrás.</translation>
    </message>
    <message>
        <source>Open the link in the online check to see where it leads, or ask the seller for the shop&apos;s own address.</source>
        <translation>Usa la comprobación en línea para ver adónde lleva, o pide al vendedor la dirección real de la tienda.</translation>
    </message>
    <message>
        <source>Site on a free site builder ({builder})</source>
        <translation>Web creada con un constructor gratuito ({builder})</translation>
    </message>
    <message>
        <source>Many small honest shops use free site builders, but so do short-lived fake shops: the builder says nothing about the seller.</source>
        <translation>Muchas tiendas pequeñas y honradas usan constructores web gratuitos, pero también las tiendas falsas de vida corta: la plataforma no dice nada del vendedor.</translation>
    </message>
    <message>
        <source>The address mixes alphabets</source>
        <translation>La dirección mezcla alfabetos</translation>
    </message>
    <message>
        <source>{host} mixes letters from {scripts}: a classic way to imitate another address.</source>
        <translation>{host} mezcla letras de {scripts}: una forma clásica de imitar otra dirección.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s address yourself instead of following this link.</source>
        <translation>Escribe tú mismo la dirección de la tienda en lugar de seguir este enlace.</translation>
    </message>
    <message>
        <source>International domain name</source>
        <translation>Nombre de dominio internacional</translation>
    </message>
    <message>
        <source>{host} is written as {unicode} in the browser.</source>
        <translation>{host} aparece como {unicode} en el navegador.</translation>
    </message>
    <message>
        <source>The link is longer than {limit} characters, more than web servers accept. It cannot lead to a real shop; it is broken or made to confuse checkers.</source>
        <translation>El enlace tiene más de {limit} caracteres, más de lo que aceptan los servidores web. No puede llevar a una tienda real; está roto o hecho para confundir a los comprobadores.</translation>
    </message>
    <message>
        <source>The site name in the link is longer than the {limit} characters the internet&apos;s name system allows. It cannot lead to a real shop; it is broken or made to confuse checkers.</source>
        <translation>El nombre del sitio en el enlace supera los {limit} caracteres que permite el sistema de nombres de internet. No puede llevar a una tienda real; está roto o hecho para confundir a los comprobadores.</translation>
    </message>
    <message>
        <source>A part of the site name between two dots is longer than the {limit} characters the internet&apos;s name system allows. It cannot lead to a real shop; it is broken or made to confuse checkers.</source>
        <translation>Una parte del nombre del sitio entre dos puntos supera los {limit} caracteres que permite el sistema de nombres de internet. No puede llevar a una tienda real; está roto o hecho para confundir a los comprobadores.</translation>
    </message>
    <message>
        <source>This link is too long to be real</source>
        <translation>Este enlace es demasiado largo para ser real</translation>
    </message>
    <message>
        <source>Do not open it. Ask the seller for the shop&apos;s address and check that.</source>
        <translation>No lo abras. Pide al vendedor la dirección de la tienda y comprueba esa.</translation>
    </message>
</context>
<context>
    <name>Lookalike</name>
    <message>
        <source>May be a local site of {brand}</source>
        <translation>Puede ser una web local de {brand}</translation>
    </message>
    <message>
        <source>{host} uses the name of {brand} with a country ending; {brand} runs local sites, but this one is not in ShopSafe&apos;s list of its official domains.</source>
        <translation>{host} usa el nombre de {brand} con una terminación de país; {brand} tiene webs locales, pero esta no está en la lista de dominios oficiales de ShopSafe.</translation>
    </message>
    <message>
        <source>If in doubt, start from {domain} and follow its own links.</source>
        <translation>Si tienes dudas, entra por {domain} y sigue sus propios enlaces.</translation>
    </message>
    <message>
        <source>Imitates {brand} ({domain})</source>
        <translation>Imita a {brand} ({domain})</translation>
    </message>
    <message>
        <source>Do not pay or log in here. Type {domain} yourself or use the official app.</source>
        <translation>No pagues ni inicies sesión aquí. Escribe tú mismo {domain} o usa la aplicación oficial.</translation>
    </message>
    <message>
        <source>The address shows as {shown} but is really {host}: it is written in {script} letters that look like {domain}. It is not {domain}.</source>
        <translation>La dirección se ve como {shown}, pero en realidad es {host}: está escrita con letras del alfabeto {script} que se parecen a {domain}. No es {domain}.</translation>
    </message>
    <message>
        <source>The address shows as {shown} but is really {host}: it uses letters from another alphabet that look like {domain}. It is not {domain}.</source>
        <translation>La dirección se ve como {shown}, pero en realidad es {host}: usa letras de otro alfabeto que se parecen a {domain}. No es {domain}.</translation>
    </message>
    <message>
        <source>{host} uses letters or digits that look alike (such as “rn” for “m” or “0” for “o”) to look like {domain}. It is not {domain}.</source>
        <translation>{host} usa letras o cifras parecidas (como “rn” por “m” o “0” por “o”) para parecerse a {domain}. No es {domain}.</translation>
    </message>
    <message>
        <source>{host} puts the name of {brand} in front of a different domain: the site belongs to whoever owns the end of the address.</source>
        <translation>{host} pone el nombre de {brand} delante de otro dominio: la web pertenece a quien controla el final de la dirección.</translation>
    </message>
    <message>
        <source>{host} uses look-alike characters to pass for {domain}.</source>
        <translation>{host} usa caracteres parecidos para hacerse pasar por {domain}.</translation>
    </message>
    <message>
        <source>{host} adds words to the name of {brand}; it is not one of the official domains of {brand}.</source>
        <translation>{host} añade palabras al nombre de {brand}; no es ninguno de los dominios oficiales de {brand}.</translation>
    </message>
    <message>
        <source>{host} moves dots or hyphens around to look like {domain}.</source>
        <translation>{host} cambia puntos o guiones de sitio para parecerse a {domain}.</translation>
    </message>
    <message>
        <source>{host} uses the name of {brand} with a different ending than {domain}.</source>
        <translation>{host} usa el nombre de {brand} con una terminación distinta de {domain}.</translation>
    </message>
    <message>
        <source>{host} differs from {domain} by a single letter: a typical typo domain.</source>
        <translation>{host} se diferencia de {domain} en una sola letra: un típico dominio de errata.</translation>
    </message>
    <message>
        <source>{host} is {domain} with a letter left out.</source>
        <translation>{host} es {domain} con una letra de menos.</translation>
    </message>
    <message>
        <source>{host} is {domain} with an extra letter.</source>
        <translation>{host} es {domain} con una letra de más.</translation>
    </message>
    <message>
        <source>{host} is {domain} with a letter doubled.</source>
        <translation>{host} es {domain} con una letra repetida.</translation>
    </message>
    <message>
        <source>{host} is {domain} with two letters swapped.</source>
        <translation>{host} es {domain} con dos letras intercambiadas.</translation>
    </message>
    <message>
        <source>The seller&apos;s account is named after {brand}</source>
        <translation>La cuenta del vendedor usa el nombre de {brand}</translation>
    </message>
    <message>
        <source>@{handle} uses the name {brand} with other words. Brands sell through verified accounts and their own site ({domain}); accounts like this usually sell fakes or nothing at all.</source>
        <translation>@{handle} usa el nombre {brand} junto a otras palabras. Las marcas venden en cuentas verificadas y en su propia web ({domain}); las cuentas así suelen vender falsificaciones o nada en absoluto.</translation>
    </message>
    <message>
        <source>Check for the platform&apos;s verified badge, or buy from {domain}.</source>
        <translation>Busca la insignia de cuenta verificada de la plataforma, o compra en {domain}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check a shop</source>
        <translation>Comprobar tienda</translation>
    </message>
    <message>
        <source>Paste a shop link, a marketplace listing, a social media seller or a phone number, and get an explained verdict before you pay.</source>
        <translation>Pega el enlace de una tienda, un anuncio de un marketplace, un vendedor de redes sociales o un número de teléfono y obtén un veredicto razonado antes de pagar.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo total</translation>
    </message>
    <message>
        <source>Work out what a purchase really costs, with shipping, fees, tax and vouchers, and compare offers side by side.</source>
        <translation>Calcula lo que de verdad cuesta una compra, con envío, comisiones, impuestos y cupones, y compara ofertas lado a lado.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Keep the receipts, chats, e-mails and shop pages of every purchase in an encrypted archive that works offline and that your family can share.</source>
        <translation>Guarda los recibos, chats, correos y páginas de la tienda de cada compra en un archivo cifrado que funciona sin conexión y que puedes compartir con tu familia.</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <source>The family seller book: mark a shop, phone number, bank account or social account as trusted or as a scam, and every later check warns the others.</source>
        <translation>La libreta familiar de vendedores: marca una tienda, un teléfono, una cuenta bancaria o un perfil social como de confianza o como estafa, y cada comprobación posterior avisará a los demás.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language, country, offline mode and the archive.</source>
        <translation>Idioma, país, modo sin conexión y el archivo.</translation>
    </message>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>Esta página todavía no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>This page could not be opened. The details are in the log file.</source>
        <translation>No se pudo abrir esta página. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Offline mode: ShopSafe uses no network</source>
        <translation>Modo sin conexión: ShopSafe no usa la red</translation>
    </message>
    <message>
        <source>Online checks on</source>
        <translation>Comprobaciones en línea activadas</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>{description}
Shortcut: {shortcut}</source>
        <translation>{description}
Atajo: {shortcut}</translation>
    </message>
    <message>
        <source>{page} — ShopSafe</source>
        <translation>{page} — ShopSafe</translation>
    </message>
    <message>
        <source>Cost breakdowns saved before the archive</source>
        <translation>Desgloses de costes guardados antes del archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n saved cost breakdown(s) moved into the archive.</source>
        <translation>
            <numerusform>%n desglose de costes guardado se ha movido al archivo.</numerusform>
            <numerusform>%n desgloses de costes guardados se han movido al archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved cost breakdown(s) could not be read and stay in the costs folder.</source>
        <translation>
            <numerusform>%n desglose de costes guardado no se pudo leer y sigue en la carpeta de costes.</numerusform>
            <numerusform>%n desgloses de costes guardados no se pudieron leer y siguen en la carpeta de costes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved cost breakdowns could not be moved into the archive; they stay where they are and will be tried again next time.</source>
        <translation>Los desgloses de costes guardados no se pudieron mover al archivo; siguen donde estaban y se volverá a intentar la próxima vez.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Family members</source>
        <translation>Miembros de la familia</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Add someone at this PC…</source>
        <translation>Añadir a alguien en este PC…</translation>
    </message>
    <message>
        <source>Let someone in with their code…</source>
        <translation>Dejar entrar con su código…</translation>
    </message>
    <message>
        <source>Make organiser</source>
        <translation>Nombrar organizador</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Organisers let members in and remove them. Make a second organiser so that one lost passphrase does not lock the family out.</source>
        <translation>Los organizadores dejan entrar a miembros y los quitan. Nombra un segundo organizador para que perder una frase de contraseña no deje a la familia fuera.</translation>
    </message>
    <message>
        <source>Make a plain member</source>
        <translation>Hacerlo miembro normal</translation>
    </message>
    <message>
        <source>Only organisers can add or remove members.</source>
        <translation>Solo los organizadores pueden añadir o quitar miembros.</translation>
    </message>
    <message>
        <source>Making {name}&apos;s keys…</source>
        <translation>Creando las claves de {name}…</translation>
    </message>
    <message>
        <source>{name} was added and can now open the archive with their own passphrase.</source>
        <translation>Se ha añadido a {name}; ya puede abrir el archivo con su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>{name} can now open the archive with their own passphrase.</source>
        <translation>{name} ya puede abrir el archivo con su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>{name} is now an organiser.</source>
        <translation>{name} ya es organizador.</translation>
    </message>
    <message>
        <source>{name} is a member again, not an organiser.</source>
        <translation>{name} vuelve a ser miembro, no organizador.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>¿Quitar a {name}?</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <source>{name} was removed. Everything added from now on uses a new key that {name} does not have.</source>
        <translation>Se ha quitado a {name}. Todo lo que se añada a partir de ahora usa una clave nueva que {name} no tiene.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
    <message>
        <source>Has access</source>
        <translation>Tiene acceso</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Sin acceso</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Fusionar un duplicado</translation>
    </message>
    <message>
        <source>Merge this seller into “{name}”. Its phone numbers, accounts, links, orders and verdicts all move to “{name}”; this is recorded under your name.</source>
        <translation>Fusiona este vendedor con «{name}». Sus teléfonos, cuentas, enlaces, pedidos y veredictos pasan todos a «{name}»; queda registrado a tu nombre.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>The seller wants the money before sending anything</source>
        <translation>El vendedor quiere el dinero antes de enviar nada</translation>
    </message>
    <message>
        <source>The message asks you to pay first (“{phrase}”) by transfer or e-wallet. Money sent this way cannot be taken back if the goods never come.</source>
        <translation>El mensaje te pide pagar primero («{phrase}») por transferencia o billetera digital. El dinero enviado así no se puede recuperar si el producto nunca llega.</translation>
    </message>
    <message>
        <source>Pay through the marketplace checkout, a trusted escrow you choose, or cash on delivery.</source>
        <translation>Paga con el sistema de pago del marketplace, con un servicio de depósito en garantía que elijas tú, o contra reembolso.</translation>
    </message>
    <message>
        <source>A shop, but the account belongs to a person</source>
        <translation>Dice ser una tienda, pero la cuenta es de una persona</translation>
    </message>
    <message>
        <source>The message speaks for a shop or company, yet the money goes to {holder}, a private person.</source>
        <translation>El mensaje habla en nombre de una tienda o empresa, pero el dinero va a {holder}, una persona particular.</translation>
    </message>
    <message>
        <source>Ask why the company has no company account. Check the account number on a scam-report site before you pay.</source>
        <translation>Pregunta por qué la empresa no tiene una cuenta de empresa. Busca el número de cuenta en un sitio de denuncias de fraude antes de pagar.</translation>
    </message>
    <message>
        <source>The account number belongs to another bank</source>
        <translation>El número de cuenta es de otro banco</translation>
    </message>
    <message>
        <source>The message names {claimed}, but the CLABE {value} belongs to {actual}. The account is not what the seller says it is.</source>
        <translation>El mensaje dice {claimed}, pero la CLABE {value} es de {actual}. La cuenta no es lo que dice el vendedor.</translation>
    </message>
    <message>
        <source>Do not pay into this account.</source>
        <translation>No pagues a esta cuenta.</translation>
    </message>
    <message>
        <source>An app or .apk file sent in the chat</source>
        <translation>Una app o un archivo .apk enviado por chat</translation>
    </message>
    <message>
        <source>The message asks you to open or install “{phrase}”. Apps sent in chats are used to take over phones and empty bank accounts.</source>
        <translation>El mensaje te pide abrir o instalar «{phrase}». Las apps enviadas por chat se usan para tomar el control del teléfono y vaciar cuentas bancarias.</translation>
    </message>
    <message>
        <source>Do not open it. Install apps only from your phone&apos;s official app store.</source>
        <translation>No lo abras. Instala apps solo desde la tienda oficial de tu teléfono.</translation>
    </message>
    <message>
        <source>The seller asks for a code, PIN or OTP</source>
        <translation>El vendedor pide un código, un PIN o una clave OTP</translation>
    </message>
    <message>
        <source>“{phrase}”: a code sent to your phone lets someone else into your account or approves a payment. No honest seller needs it.</source>
        <translation>«{phrase}»: un código que llega a tu teléfono permite a otra persona entrar en tu cuenta o aprobar un pago. Ningún vendedor honrado lo necesita.</translation>
    </message>
    <message>
        <source>Never share an OTP, PIN or verification code with anyone.</source>
        <translation>Nunca compartas una clave OTP, un PIN o un código de verificación con nadie.</translation>
    </message>
    <message>
        <source>The seller wants to leave the marketplace</source>
        <translation>El vendedor quiere salir de la plataforma</translation>
    </message>
    <message>
        <source>“{phrase}”: outside the marketplace you lose its buyer protection and refunds.</source>
        <translation>«{phrase}»: fuera de la plataforma pierdes su protección al comprador y los reembolsos.</translation>
    </message>
    <message>
        <source>Stay in the marketplace chat and pay only through its checkout.</source>
        <translation>Sigue en el chat de la plataforma y paga solo con su sistema de pago.</translation>
    </message>
    <message>
        <source>A payment request presented as money for you</source>
        <translation>Una solicitud de pago disfrazada de dinero para ti</translation>
    </message>
    <message>
        <source>“{phrase}”: accepting a Bizum or payment request sends your money to the other person. To receive money you never accept anything.</source>
        <translation>«{phrase}»: aceptar una solicitud de Bizum o de pago envía tu dinero a la otra persona. Para recibir dinero nunca tienes que aceptar nada.</translation>
    </message>
    <message>
        <source>Reject the request. Nobody needs your approval to send you money.</source>
        <translation>Rechaza la solicitud. Nadie necesita tu aprobación para enviarte dinero.</translation>
    </message>
    <message>
        <source>The seller chooses the escrow</source>
        <translation>El vendedor elige el servicio de garantía</translation>
    </message>
    <message>
        <source>“{phrase}”: an escrow chosen by the seller, or one that wants a fee first, is often a fake site run by the same people.</source>
        <translation>«{phrase}»: un servicio de depósito en garantía elegido por el vendedor, o que cobra una comisión por adelantado, suele ser un sitio falso de los mismos estafadores.</translation>
    </message>
    <message>
        <source>Choose the escrow yourself, one you already know, and never pay a fee up front to “activate” it.</source>
        <translation>Elige tú el servicio, uno que ya conozcas, y nunca pagues una comisión por adelantado para «activarlo».</translation>
    </message>
    <message>
        <source>A small delivery or customs fee</source>
        <translation>Una pequeña tasa de envío o de aduana</translation>
    </message>
    <message>
        <source>“{phrase}”: messages asking for a small redelivery or customs fee, often with a link, are used to steal card details.</source>
        <translation>«{phrase}»: los mensajes que piden una pequeña tasa de reenvío o de aduana, a menudo con un enlace, sirven para robar los datos de la tarjeta.</translation>
    </message>
    <message>
        <source>Do not pay through the link. Check the tracking number on the courier&apos;s own website or app.</source>
        <translation>No pagues por el enlace. Consulta el número de seguimiento en la web o la app oficial de la empresa de mensajería.</translation>
    </message>
    <message>
        <source>“I transferred to you by mistake”</source>
        <translation>«Te transferí por error»</translation>
    </message>
    <message>
        <source>“{phrase}”: money sent “by mistake” is often a loan taken in your name or stolen money; sending it back makes you pay twice.</source>
        <translation>«{phrase}»: el dinero enviado «por error» suele ser un préstamo a tu nombre o dinero robado; si lo devuelves tú, acabas pagando dos veces.</translation>
    </message>
    <message>
        <source>Do not send anything back yourself. Ask your bank to reverse the transfer.</source>
        <translation>No devuelvas nada por tu cuenta. Pide a tu banco que revierta la transferencia.</translation>
    </message>
    <message>
        <source>Pressure to decide quickly</source>
        <translation>Presión para decidir rápido</translation>
    </message>
    <message>
        <source>“{phrase}”: hurry is how a buyer is kept from checking the seller.</source>
        <translation>«{phrase}»: las prisas sirven para que el comprador no compruebe al vendedor.</translation>
    </message>
    <message>
        <source>Take your time. A real offer is still there after you have checked.</source>
        <translation>Tómate tu tiempo. Una oferta real sigue ahí después de comprobarla.</translation>
    </message>
    <message>
        <source>A discount too good to be true</source>
        <translation>Un descuento demasiado bueno para ser verdad</translation>
    </message>
    <message>
        <source>“{phrase}”: discounts this large on goods that are never cheap are the classic bait of fake sellers.</source>
        <translation>«{phrase}»: descuentos así en productos que nunca son baratos son el cebo clásico de los vendedores falsos.</translation>
    </message>
    <message>
        <source>Compare the price with the brand&apos;s own shop and well-known sellers.</source>
        <translation>Compara el precio con la tienda oficial de la marca y con vendedores conocidos.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>its name could not be looked up</source>
        <translation>no se pudo encontrar su nombre</translation>
    </message>
    <message>
        <source>the network could not be reached</source>
        <translation>no se pudo acceder a la red</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la conexión fue rechazada</translation>
    </message>
    <message>
        <source>the connection was cut off</source>
        <translation>la conexión se cortó</translation>
    </message>
    <message>
        <source>it took too long to answer</source>
        <translation>tardó demasiado en responder</translation>
    </message>
    <message>
        <source>its certificate could not be verified</source>
        <translation>no se pudo verificar su certificado</translation>
    </message>
    <message>
        <source>no secure connection could be set up</source>
        <translation>no se pudo establecer una conexión segura</translation>
    </message>
    <message>
        <source>its answer was not valid</source>
        <translation>su respuesta no era válida</translation>
    </message>
    <message>
        <source>an unexpected network error (the details are in the log file)</source>
        <translation>un error de red inesperado (los detalles están en el archivo de registro)</translation>
    </message>
    <message>
        <source>it signed its own certificate</source>
        <extracomment>Reasons that, for every address tried, mean this computer is not on the internet.</extracomment>
        <translation>firmó su propio certificado</translation>
    </message>
    <message>
        <source>the authority that issued it is not known</source>
        <translation>no se conoce la autoridad que lo emitió</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>no se pudo verificar</translation>
    </message>
    <message>
        <source>The shop could not be reached.</source>
        <translation>No se pudo contactar con la tienda.</translation>
    </message>
    <message>
        <source>Offline mode is on, so nothing was fetched.</source>
        <translation>El modo sin conexión está activado, así que no se descargó nada.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} seconds.</source>
        <translation>{url} no respondió en {seconds} segundos.</translation>
    </message>
    <message>
        <source>{url} sent more than {limit} KB; the rest was not read.</source>
        <translation>{url} envió más de {limit} KB; el resto no se leyó.</translation>
    </message>
    <message>
        <source>{url} leads to the private or local address {address}; ShopSafe does not follow a shop into your own network.</source>
        <translation>{url} lleva a la dirección privada o local {address}; ShopSafe no sigue a una tienda dentro de tu propia red.</translation>
    </message>
    <message>
        <source>{url} redirected more than {limit} times.</source>
        <translation>{url} redirigió más de {limit} veces.</translation>
    </message>
    <message>
        <source>{url} is not an http or https address.</source>
        <translation>{url} no es una dirección http ni https.</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}</source>
        <translation>Falló la conexión segura con {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} could not be fetched: {reason}</source>
        <translation>No se pudo descargar {url}: {reason}</translation>
    </message>
    <message>
        <source>Use --resolve HOST:ADDRESS or HOST:ADDRESS:PORT, not {text}.</source>
        <translation>Usa --resolve HOST:DIRECCIÓN o HOST:DIRECCIÓN:PUERTO, no {text}.</translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <source>News from your family</source>
        <translation>Novedades de tu familia</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>New from your family since your last visit ({when})</source>
        <translation>Novedades de tu familia desde tu última visita ({when})</translation>
    </message>
    <message>
        <source>New from your family</source>
        <translation>Novedades de tu familia</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un miembro</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>Read as {amount}</source>
        <translation>Leído como {amount}</translation>
    </message>
    <message>
        <source>1 {source} in {target}</source>
        <translation>1 {source} en {target}</translation>
    </message>
    <message>
        <source>leave empty to use it</source>
        <translation>déjalo vacío para usar este</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Fees and payment</source>
        <translation>Cargos y pago</translation>
    </message>
    <message>
        <source>Tax and duty</source>
        <translation>Impuestos y aranceles</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Cupón</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Shop or seller</source>
        <translation>Tienda o vendedor</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Price per item</source>
        <translation>Precio por unidad</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Price seen by the shop check</source>
        <translation>Precio al comprobar la tienda</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Free shipping from</source>
        <translation>Envío gratis desde</translation>
    </message>
    <message>
        <source>Shipping voucher</source>
        <translation>Cupón de envío</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Handling fee</source>
        <translation>Gastos de gestión</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Cargo administrativo</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Tarifa de servicio</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>Comisión de pago</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Precios con impuestos incluidos</translation>
    </message>
    <message>
        <source>Import duty %</source>
        <translation>Arancel %</translation>
    </message>
    <message>
        <source>Voucher cap</source>
        <translation>Descuento máximo</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>Compra mínima</translation>
    </message>
    <message>
        <source>e.g. Rp 125.000, 50rb, 1,5jt, 1.234,56 € or $19.99</source>
        <translation>p. ej. 1.234,56 €, $1,299.00, MX$ 1,299 o 1299 pesos</translation>
    </message>
    <message>
        <source>a percentage of the goods, an amount, or both: 0,5 % + Rp 2.000</source>
        <translation>un porcentaje de los productos, un importe o ambos: 0,5 % + 2 €</translation>
    </message>
    <message>
        <source>e.g. 2,9 % + Rp 1.000</source>
        <translation>p. ej. 2,9 % + 0,30 €</translation>
    </message>
    <message>
        <source>an amount or a percentage, e.g. 10 % or Rp 20.000</source>
        <translation>un importe o un porcentaje, p. ej. 10 % o 5 €</translation>
    </message>
    <message>
        <source>leave empty if there is no free shipping</source>
        <translation>déjalo vacío si no hay envío gratis</translation>
    </message>
    <message>
        <source>at most this much off the shipping, e.g. 20rb</source>
        <translation>descuento máximo sobre el envío, p. ej. 5 €</translation>
    </message>
    <message>
        <source>optional: the price the shop showed when you checked it</source>
        <translation>opcional: el precio que mostraba la tienda cuando la comprobaste</translation>
    </message>
    <message>
        <source>I pay {amount}</source>
        <translation>Pago {amount}</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per unit ({currency})</source>
        <translation>Por unidad ({currency})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Total ({currency})</source>
        <translation>Total ({currency})</translation>
    </message>
    <message>
        <source>Offer {number}</source>
        <translation>Oferta {number}</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>La más barata</translation>
    </message>
    <message>
        <source>Suspiciously cheap</source>
        <translation>Sospechosamente barata</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Cambió el precio</translation>
    </message>
    <message>
        <source>No exchange rate</source>
        <translation>Sin tipo de cambio</translation>
    </message>
    <message>
        <source>Fields to fix: {count}</source>
        <translation>Campos por corregir: {count}</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <extracomment>The lowest zxcvbn score accepted without &quot;use it anyway&quot; (3: &quot;safely unguessable&quot;).</extracomment>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>This is a commonly used password.</source>
        <translation>Es una contraseña muy usada.</translation>
    </message>
    <message>
        <source>Names on their own are easy to guess.</source>
        <translation>Los nombres solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>A single word is easy to guess.</source>
        <translation>Una sola palabra es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Rows of keys on the keyboard are easy to guess.</source>
        <translation>Las filas de teclas del teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeated characters or words are easy to guess.</source>
        <translation>Los caracteres o palabras repetidos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Las secuencias como abc o 6543 son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Las fechas y los años son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Es demasiado corta.</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a sentence only you would think of.</source>
        <translation>Usa cuatro o más palabras sin relación entre sí, o una frase que solo se te ocurriría a ti.</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>bank transfer</source>
        <extracomment>The payment method families desktop.checks.signals recognises, in words.</extracomment>
        <translation>transferencia bancaria</translation>
    </message>
    <message>
        <source>cash on delivery</source>
        <translation>contra reembolso</translation>
    </message>
    <message>
        <source>escrow</source>
        <translation>pago en custodia</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>pay later</source>
        <translation>pago aplazado</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>billetera digital</translation>
    </message>
    <message>
        <source>cryptocurrency</source>
        <translation>criptomonedas</translation>
    </message>
    <message>
        <source>gift cards</source>
        <translation>tarjetas regalo</translation>
    </message>
    <message>
        <source>cash deposit</source>
        <translation>depósito en efectivo</translation>
    </message>
    <message>
        <source>payment to a phone number</source>
        <translation>pago a un número de teléfono</translation>
    </message>
    <message>
        <source>money-transfer service</source>
        <translation>servicio de envío de dinero</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Buscar en:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Archivos de tipo:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Carpeta superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Crear carpeta nueva</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista detallada</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Carpeta nueva</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar archivos &amp;ocultos</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Carpeta nueva</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Buscar carpeta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lugares recientes</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ir adelante</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir a la carpeta superior</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crear una carpeta nueva</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Cambiar a vista de lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Cambiar a vista detallada</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Fecha de modificación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Languages the interface is translated into; English is the source language. To add one, add it here and to LANGUAGE_CHOICES, and to LANGUAGES in tools/i18n.py, then run ``python tools/i18n.py update`` and fill the new ``resources/i18n/desktop_&lt;code&gt;.ts``. Setting values with their names, each written in its own language so anyone can find theirs.</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>RatesBar</name>
    <message>
        <source>Update rates</source>
        <extracomment>The rates in use, or ``None`` before any were read or fetched. Where the ECB file comes from and extra CheckOptions fields (tests, diagnostics).</extracomment>
        <translation>Actualizar tipos</translation>
    </message>
    <message>
        <source>Fetch today&apos;s euro reference rates from the ECB</source>
        <translation>Descargar los tipos de referencia del euro de hoy del BCE</translation>
    </message>
    <message>
        <source>Fetching the ECB reference rates…</source>
        <translation>Descargando los tipos de referencia del BCE…</translation>
    </message>
    <message>
        <source>ECB reference rates of {date}.</source>
        <translation>Tipos de referencia del BCE del {date}.</translation>
    </message>
    <message>
        <source>No reference rates yet: type a rate for offers in other currencies.</source>
        <translation>Aún no hay tipos de referencia: escribe uno para las ofertas en otras monedas.</translation>
    </message>
</context>
<context>
    <name>RdapCheck</name>
    <message>
        <source>The domain registry could not be asked.</source>
        <translation>No se pudo consultar al registro del dominio.</translation>
    </message>
    <message>
        <source>The RDAP bootstrap file is not valid.</source>
        <translation>El archivo de arranque RDAP no es válido.</translation>
    </message>
    <message>
        <source>The RDAP bootstrap file could not be downloaded.</source>
        <translation>No se pudo descargar el archivo de arranque RDAP.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was not a domain record.</source>
        <translation>La respuesta del registro no era un registro de dominio.</translation>
    </message>
    <message>
        <source>The registry of .{tld} offers no RDAP service.</source>
        <translation>El registro de .{tld} no ofrece servicio RDAP.</translation>
    </message>
    <message>
        <source>The registry has no record of {domain}.</source>
        <translation>El registro no tiene constancia de {domain}.</translation>
    </message>
    <message>
        <source>The registry answered with HTTP status {status}.</source>
        <translation>El registro respondió con el estado HTTP {status}.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was not valid JSON.</source>
        <translation>La respuesta del registro no era JSON válido.</translation>
    </message>
    <message>
        <source>Domain age unknown</source>
        <translation>Antigüedad del dominio desconocida</translation>
    </message>
    <message>
        <source>Search the shop&apos;s name with &quot;scam&quot; or &quot;penipuan&quot; and look for reviews older than a few months.</source>
        <translation>Busca el nombre de la tienda junto a «estafa» o «scam» y mira si hay opiniones de hace varios meses.</translation>
    </message>
    <message>
        <source>An IP address has no domain registration to look up.</source>
        <translation>Una dirección IP no tiene un registro de dominio que consultar.</translation>
    </message>
    <message>
        <source>The registry could not be reached: {reason}</source>
        <translation>No se pudo contactar con el registro: {reason}</translation>
    </message>
    <message>
        <source>The registry did not say when {domain} was registered.</source>
        <translation>El registro no indicó cuándo se registró {domain}.</translation>
    </message>
    <message>
        <source>Very new domain: registered {age} ago</source>
        <translation>Dominio muy nuevo: registrado hace {age}</translation>
    </message>
    <message>
        <source>Young domain: registered {age} ago</source>
        <translation>Dominio joven: registrado hace {age}</translation>
    </message>
    <message>
        <source>Domain registered {age} ago</source>
        <translation>Dominio registrado hace {age}</translation>
    </message>
    <message>
        <source>{domain} was registered on {date}. Fake shops usually live on domains only days or weeks old, but a new shop also starts this way: this alone does not make it a scam.</source>
        <translation>{domain} se registró el {date}. Las tiendas falsas suelen usar dominios de pocos días o semanas, pero una tienda nueva también empieza así: esto por sí solo no la convierte en una estafa.</translation>
    </message>
    <message>
        <source>Be careful with a shop this new: pay only in a way that protects you (card, PayPal, escrow or cash on delivery), never by transfer.</source>
        <translation>Ten cuidado con una tienda tan nueva: paga solo de una forma que te proteja (tarjeta, PayPal, pago en custodia o contra reembolso), nunca por transferencia.</translation>
    </message>
    <message>
        <source>{domain} was registered on {date}, less than six months ago. Many honest shops are this young; weigh it together with the other findings.</source>
        <translation>{domain} se registró el {date}, hace menos de seis meses. Muchas tiendas honradas son así de jóvenes; valóralo junto con el resto de hallazgos.</translation>
    </message>
    <message>
        <source>{domain} was registered on {date}. An older domain is a good sign, though not a guarantee.</source>
        <translation>{domain} se registró el {date}. Un dominio con años es buena señal, aunque no una garantía.</translation>
    </message>
    <message>
        <source>transfer to another registrar</source>
        <translation>transferencia a otro registrador</translation>
    </message>
    <message>
        <source>new registration</source>
        <translation>nuevo registro</translation>
    </message>
    <message>
        <source>re-instantiation after deletion</source>
        <translation>restauración tras su borrado</translation>
    </message>
    <message>
        <source>Old domain that changed hands recently</source>
        <translation>Dominio antiguo que cambió de manos hace poco</translation>
    </message>
    <message>
        <source>{domain} was registered on {registered}, but the registry records a {event} on {date} ({days} days ago). Fake shops buy old domains because an old date looks trustworthy; the age of this domain says little about who runs the shop today.</source>
        <translation>{domain} se registró el {registered}, pero el registro anota un cambio ({event}) el {date} (hace {days} días). Las tiendas falsas compran dominios antiguos porque una fecha antigua inspira confianza; la antigüedad de este dominio dice poco de quién lleva hoy la tienda.</translation>
    </message>
    <message>
        <source>{domain} was registered on {registered}, but its registry status says &quot;{status}&quot;: it is moving to another registrar or came back from deletion. Fake shops buy old domains because an old date looks trustworthy.</source>
        <translation>{domain} se registró el {registered}, pero su estado en el registro es &quot;{status}&quot;: está pasando a otro registrador o acaba de volver tras su borrado. Las tiendas falsas compran dominios antiguos porque una fecha antigua inspira confianza.</translation>
    </message>
    <message>
        <source>Do not trust the shop for its domain&apos;s age. Look for reviews written after the change, and pay only in a way that protects you.</source>
        <translation>No confíes en la tienda por la antigüedad de su dominio. Busca opiniones escritas después del cambio y paga solo de una forma que te proteja.</translation>
    </message>
    <message>
        <source>Domain registration changed {days} days ago</source>
        <translation>El registro del dominio cambió hace {days} días</translation>
    </message>
    <message>
        <source>{domain} was registered on {registered} and its registration was last changed on {date}. That can be a renewal, or a new owner; the domain&apos;s age alone does not vouch for the shop.</source>
        <translation>{domain} se registró el {registered} y su registro cambió por última vez el {date}. Puede ser una renovación o un nuevo dueño; la antigüedad del dominio por sí sola no avala la tienda.</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>the registry offers no RDAP service</source>
        <translation>el registro no ofrece servicio RDAP</translation>
    </message>
    <message>
        <source>the registry has no record of the domain</source>
        <translation>el registro no tiene constancia del dominio</translation>
    </message>
    <message>
        <source>the registry answered with an error</source>
        <translation>el registro respondió con un error</translation>
    </message>
    <message>
        <source>the registry&apos;s answer could not be read</source>
        <translation>no se pudo leer la respuesta del registro</translation>
    </message>
    <message>
        <source>the registry&apos;s answer could not be used</source>
        <translation>no se pudo usar la respuesta del registro</translation>
    </message>
    <message>
        <source>the registry could not be reached</source>
        <translation>no se pudo contactar con el registro</translation>
    </message>
    <message>
        <source>an IP address has no domain registration</source>
        <translation>una dirección IP no tiene registro de dominio</translation>
    </message>
    <message>
        <source>the registry gave no registration date</source>
        <translation>el registro no indicó la fecha de alta</translation>
    </message>
    <message>
        <source>the check failed or ran out of time</source>
        <translation>la comprobación falló o se quedó sin tiempo</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>el modo sin conexión está activado</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>la respuesta era demasiado grande</translation>
    </message>
    <message>
        <source>private or local address</source>
        <translation>dirección privada o local</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <source>not an http or https address</source>
        <translation>no es una dirección http ni https</translation>
    </message>
    <message>
        <source>the whole link is too long</source>
        <translation>el enlace entero es demasiado largo</translation>
    </message>
    <message>
        <source>the site name is too long</source>
        <translation>el nombre del sitio es demasiado largo</translation>
    </message>
    <message>
        <source>a part of the site name is too long</source>
        <translation>una parte del nombre del sitio es demasiado larga</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>leerla llevó demasiado tiempo</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>its markup is broken</source>
        <translation>su código HTML está roto</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>The amount “{text}” cannot be read in one way only: check it on the receipt.</source>
        <translation>El importe «{text}» no se puede leer de una sola manera: compruébalo en el tique.</translation>
    </message>
    <message>
        <source>The receipt shows two different amounts for the same thing: {first} and {second} {currency}.</source>
        <translation>El tique muestra dos importes distintos para lo mismo: {first} y {second} {currency}.</translation>
    </message>
    <message>
        <source>The tax id {value} is not a valid {scheme}: the receipt may be mistyped, misread or made up.</source>
        <translation>El número fiscal {value} no es un {scheme} válido: el tique puede tener un error, estar mal leído o ser inventado.</translation>
    </message>
    <message>
        <source>The receipt is dated {date}, which is after today.</source>
        <translation>El tique tiene fecha {date}, posterior a hoy.</translation>
    </message>
    <message>
        <source>The amounts on this receipt are in different currencies.</source>
        <translation>Los importes de este tique están en monedas distintas.</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} minus discount {discount} plus shipping {shipping}, service {service} and tax {tax} does not make the total {total} {currency}.</source>
        <translation>El subtotal {subtotal} menos el descuento {discount} más el envío {shipping}, el servicio {service} y los impuestos {tax} no da el total {total} {currency}.</translation>
    </message>
    <message>
        <source>Tax base {base} plus tax {tax} does not make the total {total} {currency}.</source>
        <translation>La base imponible {base} más el impuesto {tax} no da el total {total} {currency}.</translation>
    </message>
    <message>
        <source>Paid {paid} minus the total {total} is not the change {change} {currency}.</source>
        <translation>Lo pagado, {paid}, menos el total {total} no es el cambio {change} {currency}.</translation>
    </message>
    <message>
        <source>Paid {paid} is less than the total {total} {currency}.</source>
        <translation>Lo pagado, {paid}, es menos que el total {total} {currency}.</translation>
    </message>
    <message>
        <source>A screenshot is not a payment: anyone can edit one. Check that the money really moved in your own account statement (mutasi).</source>
        <translation>Una captura de pantalla no es un pago: cualquiera puede editarla. Comprueba en los movimientos de tu propia cuenta que el dinero se movió de verdad.</translation>
    </message>
    <message>
        <source>A screenshot is not a payment: anyone can edit one. Check the transfer with its clave de rastreo on Banxico&apos;s CEP (banxico.org.mx/cep) or in your own account statement.</source>
        <translation>Una captura de pantalla no es un pago: cualquiera puede editarla. Comprueba la transferencia con su clave de rastreo en el CEP de Banxico (banxico.org.mx/cep) o en los movimientos de tu propia cuenta.</translation>
    </message>
    <message>
        <source>The amount “{text}” cannot be read in one way only: check it on the proof.</source>
        <translation>El importe «{text}» no se puede leer de una sola manera: compruébalo en el comprobante.</translation>
    </message>
    <message>
        <source>The proof shows no reference number, so the transfer cannot be traced.</source>
        <translation>El comprobante no muestra ningún número de referencia, así que la transferencia no se puede rastrear.</translation>
    </message>
    <message>
        <source>No amount could be read from the proof.</source>
        <translation>No se pudo leer ningún importe en el comprobante.</translation>
    </message>
    <message>
        <source>The proof shows no date and time of the transfer.</source>
        <translation>El comprobante no muestra la fecha ni la hora de la transferencia.</translation>
    </message>
    <message>
        <source>The proof is dated in the future ({when}): it cannot be real as shown.</source>
        <translation>El comprobante tiene fecha futura ({when}): tal como se ve, no puede ser real.</translation>
    </message>
    <message>
        <source>The proof&apos;s date ({when}) is not plausible.</source>
        <translation>La fecha del comprobante ({when}) no es verosímil.</translation>
    </message>
    <message>
        <source>The proof shows {shown} {shown_currency}, but the order&apos;s total is {expected} {currency}.</source>
        <translation>El comprobante muestra {shown} {shown_currency}, pero el total del pedido es {expected} {currency}.</translation>
    </message>
    <message>
        <source>The proof does not show the account the money went to.</source>
        <translation>El comprobante no muestra la cuenta a la que fue el dinero.</translation>
    </message>
    <message>
        <source>The proof hides part of the account ({shown}): only its last digits match the seller&apos;s.</source>
        <translation>El comprobante oculta parte de la cuenta ({shown}): solo sus últimos dígitos coinciden con los del vendedor.</translation>
    </message>
    <message>
        <source>The money went to account {shown}, not to the seller&apos;s account {expected}.</source>
        <translation>El dinero fue a la cuenta {shown}, no a la cuenta del vendedor {expected}.</translation>
    </message>
    <message>
        <source>The CLABE {clabe} fails its check digit: no bank account has this number, so the proof was mistyped, misread or made up.</source>
        <translation>La CLABE {clabe} no cumple su dígito de control: ninguna cuenta bancaria tiene este número, así que el comprobante está mal escrito, mal leído o inventado.</translation>
    </message>
    <message>
        <source>The picture&apos;s metadata says it was saved by {software}, a picture editor. A real proof comes straight from the bank&apos;s app: look closer.</source>
        <translation>Los metadatos de la imagen dicen que se guardó con {software}, un editor de fotos. Un comprobante real sale directamente de la app del banco: míralo con más atención.</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <source>a private person</source>
        <extracomment>Who a payment instruction sends the money to (desktop.checks.payment), in words.</extracomment>
        <translation>una persona particular</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>una empresa</translation>
    </message>
    <message>
        <source>a trade name without a company form</source>
        <translation>un nombre comercial sin forma de sociedad</translation>
    </message>
    <message>
        <source>holder not named</source>
        <translation>titular no indicado</translation>
    </message>
</context>
<context>
    <name>RegistryKind</name>
    <message>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>tienda</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>marketplace</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>banco</translation>
    </message>
    <message>
        <source>payment provider</source>
        <translation>servicio de pago</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>billetera digital</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>mensajería</translation>
    </message>
    <message>
        <source>government</source>
        <translation>organismo público</translation>
    </message>
    <message>
        <source>social network</source>
        <translation>red social</translation>
    </message>
    <message>
        <source>online service</source>
        <translation>servicio en línea</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>ShopSafe report: {subject}</source>
        <translation>Informe de ShopSafe: {subject}</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Sin comprobar:</translation>
    </message>
    <message>
        <source>Checked on {when}</source>
        <translation>Comprobado el {when}</translation>
    </message>
    <message>
        <source>Made by ShopSafe. The verdict is advice, not proof.</source>
        <translation>Hecho con ShopSafe. El veredicto es un consejo, no una prueba.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>Your own checks</source>
        <translation>Comprobación por tu cuenta</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Contacts and policies found</source>
        <translation>Contactos y políticas encontrados</translation>
    </message>
    <message>
        <source>The page as it was fetched</source>
        <translation>La página tal como se descargó</translation>
    </message>
    <message>
        <source>Price shown</source>
        <translation>Precio publicado</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Descargada</translation>
    </message>
</context>
<context>
    <name>RunCheck</name>
    <message>
        <source>HTTPS could not be checked</source>
        <translation>No se pudo comprobar el HTTPS</translation>
    </message>
    <message>
        <source>Domain age unknown</source>
        <translation>Antigüedad del dominio desconocida</translation>
    </message>
    <message>
        <source>The shop&apos;s pages could not be read</source>
        <translation>No se pudieron leer las páginas de la tienda</translation>
    </message>
    <message>
        <source>This check failed unexpectedly.</source>
        <translation>Esta comprobación falló de forma inesperada.</translation>
    </message>
    <message>
        <source>This check did not finish within {seconds} seconds.</source>
        <translation>Esta comprobación no terminó en {seconds} segundos.</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>Latin</source>
        <translation>latino</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirílico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>griego</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armenio</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <source>Cherokee</source>
        <translation>cheroqui</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>katakana</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangul</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandés</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Searching the seller&apos;s name with “scam” found no complaints.</source>
        <translation>Al buscar el nombre del vendedor junto a «estafa» no aparecen quejas.</translation>
    </message>
    <message>
        <source>Use the search buttons below: they look up the seller&apos;s name or shop together with “penipuan”, “estafa” and “scam”. Read the results, not only the titles.</source>
        <translation>Usa los botones de búsqueda de abajo: buscan el nombre del vendedor o de la tienda junto a «penipuan», «estafa» y «scam». Lee los resultados, no solo los títulos.</translation>
    </message>
    <message>
        <source>Other buyers report this seller as a scam.</source>
        <translation>Otros compradores denuncian a este vendedor como estafa.</translation>
    </message>
    <message>
        <source>The bank account or e-wallet number is not reported on cekrekening.id.</source>
        <translation>La cuenta bancaria o el monedero electrónico no figura como denunciado en cekrekening.id.</translation>
    </message>
    <message>
        <source>Open cekrekening.id (from the Indonesian Ministry of Communication) and enter the account number the seller gave you.</source>
        <translation>Abre cekrekening.id (del Ministerio de Comunicación de Indonesia) e introduce el número de cuenta que te dio el vendedor.</translation>
    </message>
    <message>
        <source>The seller&apos;s bank account has been reported for fraud.</source>
        <translation>La cuenta bancaria del vendedor ha sido denunciada por fraude.</translation>
    </message>
    <message>
        <source>The seller sent a new photo or video of the item when you asked.</source>
        <translation>El vendedor te mandó una foto o un vídeo nuevo del artículo cuando se lo pediste.</translation>
    </message>
    <message>
        <source>Ask for a photo of the item next to a paper with your name and today&apos;s date, or a short video call. Stolen catalogue pictures are the usual trick.</source>
        <translation>Pide una foto del artículo junto a un papel con tu nombre y la fecha de hoy, o una videollamada corta. Las fotos robadas de catálogos son el truco habitual.</translation>
    </message>
    <message>
        <source>The seller could not show the item itself.</source>
        <translation>El vendedor no pudo enseñar el artículo de verdad.</translation>
    </message>
    <message>
        <source>You called the seller&apos;s number and a real person answered.</source>
        <translation>Llamaste al número del vendedor y contestó una persona real.</translation>
    </message>
    <message>
        <source>Call, do not only chat. Ask a question only the real shop can answer, such as where to pick the item up.</source>
        <translation>Llama, no te limites al chat. Haz una pregunta que solo la tienda real sepa responder, por ejemplo dónde recoger el artículo.</translation>
    </message>
    <message>
        <source>Nobody answers the seller&apos;s phone.</source>
        <translation>Nadie contesta el teléfono del vendedor.</translation>
    </message>
    <message>
        <source>The seller&apos;s account is more than a year old and has not changed its name.</source>
        <translation>La cuenta del vendedor tiene más de un año y no ha cambiado de nombre.</translation>
    </message>
    <message>
        <source>Scroll to the first posts and look at the account information; many platforms show when an account was created and its former names.</source>
        <translation>Baja hasta las primeras publicaciones y mira la información de la cuenta; muchas plataformas muestran cuándo se creó y sus nombres anteriores.</translation>
    </message>
    <message>
        <source>The seller&apos;s account is new or has changed its name.</source>
        <translation>La cuenta del vendedor es nueva o ha cambiado de nombre.</translation>
    </message>
    <message>
        <source>Comments are open and show real buyers who received their orders.</source>
        <translation>Los comentarios están abiertos y hay compradores reales que recibieron su pedido.</translation>
    </message>
    <message>
        <source>Fake sellers switch comments off or delete complaints. Look for buyers with their own real-looking accounts.</source>
        <translation>Los vendedores falsos desactivan los comentarios o borran las quejas. Busca compradores con cuentas que parezcan auténticas.</translation>
    </message>
    <message>
        <source>Comments are turned off or show no real buyers.</source>
        <translation>Los comentarios están desactivados o no hay compradores reales.</translation>
    </message>
    <message>
        <source>Likes and comments fit the number of followers.</source>
        <translation>Los «me gusta» y comentarios encajan con el número de seguidores.</translation>
    </message>
    <message>
        <source>Tens of thousands of followers but only a handful of likes usually means bought followers.</source>
        <translation>Decenas de miles de seguidores y apenas unos «me gusta» suele significar seguidores comprados.</translation>
    </message>
    <message>
        <source>The followers look bought: many followers, few reactions.</source>
        <translation>Los seguidores parecen comprados: muchos seguidores y pocas reacciones.</translation>
    </message>
    <message>
        <source>Someone you know has bought from this seller before.</source>
        <translation>Alguien de tu entorno ya le ha comprado a este vendedor.</translation>
    </message>
    <message>
        <source>Ask friends and family, or mutual friends shown on the seller&apos;s profile.</source>
        <translation>Pregunta a amigos y familiares, o a los amigos en común que aparecen en el perfil del vendedor.</translation>
    </message>
    <message>
        <source>Nobody you know has bought from this seller.</source>
        <translation>Nadie de tu entorno le ha comprado a este vendedor.</translation>
    </message>
    <message>
        <source>You will pay with buyer protection: escrow (rekber), cash on delivery, or the marketplace&apos;s own checkout.</source>
        <translation>Pagarás con protección al comprador: pago en custodia, contra reembolso o con el proceso de pago del propio marketplace.</translation>
    </message>
    <message>
        <source>A bank transfer to a personal account cannot be taken back. If the seller insists on a transfer or on moving the chat to WhatsApp, walk away.</source>
        <translation>Una transferencia a una cuenta personal no se puede recuperar. Si el vendedor insiste en la transferencia o en pasar la conversación a WhatsApp, déjalo.</translation>
    </message>
    <message>
        <source>You would pay without buyer protection.</source>
        <translation>Pagarías sin protección al comprador.</translation>
    </message>
    <message>
        <source>Your own checks found no warning signs.</source>
        <translation>La comprobación por tu cuenta no encontró señales de alarma.</translation>
    </message>
    <message>
        <source>Your own checks found no warning signs, but ShopSafe could not check this seller itself.</source>
        <translation>Tus propias comprobaciones no encontraron señales de alarma, pero ShopSafe no pudo revisar a este vendedor por sí mismo.</translation>
    </message>
    <message>
        <source>Not done yet: answer the questions to complete the verdict.</source>
        <translation>Aún sin hacer: responde a las preguntas para completar el veredicto.</translation>
    </message>
    <message>
        <source>Your answers show serious warning signs. Do not pay this seller.</source>
        <translation>Tus respuestas muestran señales de alarma graves. No le pagues a este vendedor.</translation>
    </message>
    <message>
        <source>Your answers show warning signs. Pay only with buyer protection.</source>
        <translation>Tus respuestas muestran señales de alarma. Paga solo con protección al comprador.</translation>
    </message>
    <message>
        <source>Your answers show no warning signs. ShopSafe itself could not check this seller: pay only with buyer protection.</source>
        <translation>Tus respuestas no muestran señales de alarma. ShopSafe no pudo revisar a este vendedor por sí mismo: paga solo con protección al comprador.</translation>
    </message>
    <message>
        <source>Your answers show no warning signs.</source>
        <translation>Tus respuestas no muestran señales de alarma.</translation>
    </message>
    <message>
        <source>{answered} of {total} answered, no warning signs so far.</source>
        <translation>{answered} de {total} respondidas; por ahora, ninguna señal de alarma.</translation>
    </message>
</context>
<context>
    <name>SellerDetail</name>
    <message>
        <source>Your verdict on this seller (the family sees it, with your name):</source>
        <translation>Tu veredicto sobre este vendedor (la familia lo verá, con tu nombre):</translation>
    </message>
    <message>
        <source>Why? e.g. paid on 3 May, nothing arrived</source>
        <translation>¿Por qué? p. ej. pagué el 3 de mayo y no llegó nada</translation>
    </message>
    <message>
        <source>Save &amp;verdict</source>
        <translation>Guardar &amp;veredicto</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Fusionar un duplicado…</translation>
    </message>
    <message>
        <source>&amp;Copy card to send</source>
        <translation>&amp;Copiar ficha para enviar</translation>
    </message>
    <message>
        <source>Save card as &amp;file…</source>
        <translation>Guardar ficha como a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Write why first: the family needs to know.</source>
        <translation>Escribe primero por qué: la familia necesita saberlo.</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Teléfono / WhatsApp</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation>Usuario en redes</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Monedero electrónico</translation>
    </message>
    <message>
        <source>Marketplace shop</source>
        <translation>Tienda en marketplace</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>Se le conoce por</translation>
    </message>
    <message>
        <source>No phone number, account or link yet.</source>
        <translation>Todavía no hay teléfono, cuenta ni enlace.</translation>
    </message>
    <message>
        <source>Two family members changed this seller at the same time; the newest change is shown.</source>
        <translation>Dos miembros de la familia cambiaron este vendedor a la vez; se muestra el cambio más reciente.</translation>
    </message>
    <message>
        <source>Verdicts, newest first</source>
        <translation>Veredictos, el más reciente primero</translation>
    </message>
    <message>
        <source>Nobody in the family has given a verdict yet.</source>
        <translation>Nadie de la familia ha dado todavía un veredicto.</translation>
    </message>
    <message>
        <source>Orders and check reports</source>
        <translation>Pedidos e informes de comprobación</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Informe de comprobación</translation>
    </message>
    <message>
        <source>None yet. “Save to archive” on the Check page links them here.</source>
        <translation>Ninguno todavía. «Guardar en el archivo» en la página Comprobar los enlaza aquí.</translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation>Sin veredicto todavía.</translation>
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
        <translation>Editar vendedor</translation>
    </message>
    <message>
        <source>Add a seller</source>
        <translation>Añadir un vendedor</translation>
    </message>
    <message>
        <source>e.g. Toko Maju Jaya</source>
        <translation>p. ej. Tienda La Esquina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp:</source>
        <translation>&amp;Teléfono / WhatsApp:</translation>
    </message>
    <message>
        <source>0812-3456-7890 or wa.me/62812…</source>
        <translation>612 345 678 o wa.me/34612…</translation>
    </message>
    <message>
        <source>&amp;Bank accounts:</source>
        <translation>Cuentas &amp;bancarias:</translation>
    </message>
    <message>
        <source>BCA 123 456 7890 a.n. Budi Santoso</source>
        <translation>BBVA ES91 2100 0418 4502 0005 1332 titular Juan Pérez</translation>
    </message>
    <message>
        <source>&amp;Web addresses:</source>
        <translation>Direcciones &amp;web:</translation>
    </message>
    <message>
        <source>tokomaju.com</source>
        <translation>tiendalaesquina.es</translation>
    </message>
    <message>
        <source>Social &amp;handles:</source>
        <translation>&amp;Usuarios en redes:</translation>
    </message>
    <message>
        <source>@tokomaju or instagram.com/tokomaju</source>
        <translation>@laesquina o instagram.com/laesquina</translation>
    </message>
    <message>
        <source>&amp;E-wallets:</source>
        <translation>&amp;Monederos:</translation>
    </message>
    <message>
        <source>DANA 0812-3456-7890</source>
        <translation>Bizum 612 345 678</translation>
    </message>
    <message>
        <source>Marketplace &amp;shops:</source>
        <translation>Tiendas en &amp;marketplace:</translation>
    </message>
    <message>
        <source>tokopedia.com/tokomaju</source>
        <translation>mercadolibre.com.mx/perfil/LAESQUINA</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>One per line. Any way of writing works: ShopSafe matches 0812…, +62 812… and wa.me links as the same number.</source>
        <translation>Uno por línea. Vale cualquier forma de escribirlo: ShopSafe reconoce 612…, +34 612… y los enlaces wa.me como el mismo número.</translation>
    </message>
    <message>
        <source>Give the seller a name.</source>
        <translation>Ponle un nombre al vendedor.</translation>
    </message>
</context>
<context>
    <name>Sellers</name>
    <message>
        <source>This is not a ShopSafe seller card, or it is incomplete.</source>
        <translation>Esto no es una ficha de vendedor de ShopSafe, o está incompleta.</translation>
    </message>
    <message>
        <source>This seller card was changed after it was signed. Do not trust anything it says.</source>
        <translation>Esta ficha de vendedor se modificó después de firmarla. No te fíes de nada de lo que dice.</translation>
    </message>
    <message>
        <source>from {signer}&apos;s card: {reason}</source>
        <translation>de la ficha de {signer}: {reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>How each verdict is named to a person.</extracomment>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <source>scam</source>
        <translation>estafa</translation>
    </message>
    <message>
        <source>“{text}” is not a valid {kind}.</source>
        <translation>«{text}» no es un {kind} válido.</translation>
    </message>
    <message>
        <source>No seller called “{name}” is in the seller book.</source>
        <translation>No hay ningún vendedor llamado «{name}» en la libreta.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>número de cuenta</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>enlace web</translation>
    </message>
    <message>
        <source>social handle</source>
        <translation>usuario de redes</translation>
    </message>
    <message>
        <source>e-wallet id</source>
        <translation>id de monedero</translation>
    </message>
    <message>
        <source>shop link</source>
        <translation>enlace de tienda</translation>
    </message>
    <message>
        <source>verdict (trusted, unsure or scam)</source>
        <translation>veredicto (trusted, unsure o scam)</translation>
    </message>
</context>
<context>
    <name>SellersCli</name>
    <message>
        <source>error: {count} sellers are called “{name}”; give one of their ids:</source>
        <translation>error: hay {count} vendedores llamados «{name}»; indica uno de sus ids:</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>sin veredicto todavía</translation>
    </message>
    <message>
        <source>{verdict} — {member}, {date}: {reason}</source>
        <translation>{verdict} — {member}, {date}: {reason}</translation>
    </message>
    <message>
        <source>The seller book is empty. Add one with &apos;shopsafe sellers add&apos;.</source>
        <translation>La libreta de vendedores está vacía. Añade uno con &apos;shopsafe sellers add&apos;.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Monedero</translation>
    </message>
    <message>
        <source>Shop link</source>
        <translation>Enlace de tienda</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>History of verdicts:</source>
        <translation>Historial de veredictos:</translation>
    </message>
    <message>
        <source>Order: {title} [{id}]</source>
        <translation>Pedido: {title} [{id}]</translation>
    </message>
    <message>
        <source>Order {id} (not in this copy yet)</source>
        <translation>Pedido {id} (todavía no está en esta copia)</translation>
    </message>
    <message>
        <source>Added {name} [{id}].</source>
        <translation>Se añadió {name} [{id}].</translation>
    </message>
    <message>
        <source>note: {value} also belongs to {names}; merge duplicates with &apos;shopsafe sellers merge&apos;.</source>
        <translation>nota: {value} también es de {names}; fusiona los duplicados con &apos;shopsafe sellers merge&apos;.</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}: {verdict}</translation>
    </message>
    <message>
        <source>error: that is the same seller twice</source>
        <translation>error: es el mismo vendedor dos veces</translation>
    </message>
    <message>
        <source>Merged {duplicate} into {name}.</source>
        <translation>Se fusionó {duplicate} con {name}.</translation>
    </message>
    <message>
        <source>The signed card is in {path}.</source>
        <translation>La ficha firmada está en {path}.</translation>
    </message>
    <message>
        <source>Seller card: {name}</source>
        <translation>Ficha de vendedor: {name}</translation>
    </message>
    <message>
        <source>Signed by {name} (fingerprint {fingerprint}) on {date}.</source>
        <translation>Firmada por {name} (huella {fingerprint}) el {date}.</translation>
    </message>
    <message>
        <source>WARNING: the card claims to come from a member of your family, but it was signed with another key. Do not trust it.</source>
        <translation>ATENCIÓN: la ficha dice venir de un miembro de tu familia, pero está firmada con otra clave. No te fíes de ella.</translation>
    </message>
    <message>
        <source>The signer is a member of your family.</source>
        <translation>Quien la firma es miembro de tu familia.</translation>
    </message>
    <message>
        <source>The signer is not a member of your family: compare the fingerprint with them by phone before you rely on it.</source>
        <translation>Quien la firma no es de tu familia: compara la huella con esa persona por teléfono antes de fiarte.</translation>
    </message>
    <message>
        <source>Added to your seller book [{id}].</source>
        <translation>Añadido a tu libreta de vendedores [{id}].</translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message>
        <source>The seller book is locked</source>
        <extracomment>&quot;Unlock&quot;: the window shows the Archive page, whose unlock opens the book here too.</extracomment>
        <translation>La libreta de vendedores está bloqueada</translation>
    </message>
    <message>
        <source>Your family&apos;s sellers and verdicts are kept in the encrypted archive. Unlock it with your passphrase to see them; checks then warn you about sellers the family marked as a scam.</source>
        <translation>Los vendedores y veredictos de tu familia se guardan en el archivo cifrado. Desbloquéalo con tu frase de contraseña para verlos; así las comprobaciones te avisarán de los vendedores que la familia marcó como estafa.</translation>
    </message>
    <message>
        <source>&amp;Unlock the archive</source>
        <translation>&amp;Desbloquear el archivo</translation>
    </message>
    <message>
        <source>Search by name, phone, account, link or handle…</source>
        <translation>Buscar por nombre, teléfono, cuenta, enlace o usuario…</translation>
    </message>
    <message>
        <source>&amp;Add seller…</source>
        <translation>&amp;Añadir vendedor…</translation>
    </message>
    <message>
        <source>Check a &amp;card…</source>
        <translation>Comprobar una &amp;ficha…</translation>
    </message>
    <message>
        <source>Choose a seller to see what the family knows about them.</source>
        <translation>Elige un vendedor para ver lo que sabe de él la familia.</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>sin veredicto</translation>
    </message>
    <message>
        <source>No sellers yet. Add one, or press “Save to archive” after a check.</source>
        <translation>Todavía no hay vendedores. Añade uno, o pulsa «Guardar en el archivo» después de una comprobación.</translation>
    </message>
    <message>
        <source>No seller matches “{text}”.</source>
        <translation>Ningún vendedor coincide con «{text}».</translation>
    </message>
    <message>
        <source>There is no other seller to merge.</source>
        <translation>No hay otro vendedor con el que fusionar.</translation>
    </message>
    <message>
        <source>The signed card is copied: paste it into a chat. The receiver&apos;s ShopSafe shows who signed it.</source>
        <translation>La ficha firmada está copiada: pégala en un chat. El ShopSafe de quien la reciba mostrará quién la firmó.</translation>
    </message>
    <message>
        <source>Save the seller card</source>
        <translation>Guardar la ficha del vendedor</translation>
    </message>
    <message>
        <source>Seller cards (*.shopsafe-card)</source>
        <translation>Fichas de vendedor (*.shopsafe-card)</translation>
    </message>
    <message>
        <source>The signed card is saved in {path}.</source>
        <translation>La ficha firmada se guardó en {path}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <extracomment>How many recent check inputs are remembered when keeping them is switched on. Countries whose buyers speak Spanish (a Spanish-speaking user is asked among these first).</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>Text size</source>
        <extracomment>Text size in percent of the system&apos;s font, for older eyes.</extracomment>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Lock the archive after</source>
        <translation>Bloquear el archivo tras</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Carpeta del archivo cifrado</translation>
    </message>
    <message>
        <source>Remember recent checks</source>
        <translation>Recordar las comprobaciones recientes</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <extracomment>Phone → PC: new files in this folder are imported into the archive&apos;s &quot;Inbox&quot; order.</extracomment>
        <translation>Carpeta de entrada</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Recent checks remembered: {count}</source>
        <extracomment>Re-emits :attr:`Settings.settings_changed` (the key) for widgets holding only the page.</extracomment>
        <translation>Comprobaciones recientes guardadas: {count}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Idioma y región</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>The new language is applied at once.</source>
        <translation>El nuevo idioma se aplica al instante.</translation>
    </message>
    <message>
        <source>Used to read phone numbers and to suggest currency, taxes and local shops.</source>
        <translation>Sirve para leer números de teléfono y proponer moneda, impuestos y tiendas locales.</translation>
    </message>
    <message>
        <source>Makes all text in the window larger (Ctrl++ and Ctrl+- also work).</source>
        <translation>Agranda todo el texto de la ventana (también con Ctrl++ y Ctrl+-).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Offline mode: never connect to the internet</source>
        <translation>Modo sin conexión: no conectarse nunca a internet</translation>
    </message>
    <message>
        <source>Shop checks then use only what is on this computer: the link itself, the family seller book and the built-in lists. Checks that need the network show “Could not check”.</source>
        <translation>Así, las comprobaciones de tiendas solo usan lo que hay en este equipo: el propio enlace, la libreta familiar de vendedores y las listas incluidas. Las comprobaciones que necesitan la red aparecen como «No se pudo comprobar».</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo cifrado</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> min de inactividad</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Clear recent checks</source>
        <translation>Borrar comprobaciones recientes</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Archivo de ajustes:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Archivo de registro:</translation>
    </message>
    <message>
        <source>Open the page “{page}”</source>
        <translation>Abrir la página “{page}”</translation>
    </message>
    <message>
        <source>Check a shop: go to the box to paste a link</source>
        <translation>Comprobar tienda: ir al cuadro para pegar un enlace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Check a shop: check what you pasted (Shift+Enter: new line)</source>
        <translation>Comprobar tienda: comprobar lo que pegaste (Mayús+Intro: nueva línea)</translation>
    </message>
    <message>
        <source>Check a shop: stop the running check</source>
        <translation>Comprobar tienda: detener la comprobación en curso</translation>
    </message>
    <message>
        <source>Total cost: add an offer</source>
        <translation>Costo total: añadir una oferta</translation>
    </message>
    <message>
        <source>Total cost: duplicate the offer</source>
        <translation>Costo total: duplicar la oferta</translation>
    </message>
    <message>
        <source>Total cost: copy the breakdown as text</source>
        <translation>Costo total: copiar el desglose como texto</translation>
    </message>
    <message>
        <source>Total cost: save the breakdown</source>
        <translation>Costo total: guardar el desglose</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>Texto más grande o más pequeño</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>El botón o campo con esa letra</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Next or previous field, in reading order</source>
        <translation>Campo siguiente o anterior, en orden de lectura</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Elige la carpeta del archivo cifrado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Stop using</source>
        <translation>Dejar de usarla</translation>
    </message>
    <message>
        <source>For screenshots from your phone: pick a folder your phone&apos;s sync app fills. While the archive is unlocked, new files there are imported into the order “Inbox” and then removed from the folder. Until then they are not encrypted.</source>
        <translation>Para las capturas del móvil: elige una carpeta que llene la app de sincronización del móvil. Mientras el archivo esté desbloqueado, los ficheros nuevos de esa carpeta se importan al pedido «Bandeja de entrada» y luego se quitan de la carpeta. Hasta entonces no están cifrados.</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation>Elegir la carpeta de entrada</translation>
    </message>
</context>
<context>
    <name>ShopSigns</name>
    <message>
        <source>Pressure to buy now: {examples}</source>
        <translation>Presión para comprar ya: {examples}</translation>
    </message>
    <message>
        <source>The shop pushes you to decide fast. Its domain is old and unchanged, so this is probably an ordinary sale; still take your time.</source>
        <translation>La tienda te empuja a decidir deprisa. Su dominio es antiguo y no ha cambiado, así que probablemente es una oferta normal; aun así, tómate tu tiempo.</translation>
    </message>
    <message>
        <source>Countdowns and &quot;only a few left&quot; are there to make you pay before you check the shop. Fake shops use them on every product.</source>
        <translation>Las cuentas atrás y los &quot;quedan pocas unidades&quot; buscan que pagues antes de comprobar la tienda. Las tiendas falsas los ponen en todos los productos.</translation>
    </message>
    <message>
        <source>Ignore the timer: a real offer is still there after you have checked the shop.</source>
        <translation>Ignora el contador: una oferta real sigue ahí después de comprobar la tienda.</translation>
    </message>
    <message>
        <source>The policies name another shop: {other}</source>
        <translation>Las políticas nombran otra tienda: {other}</translation>
    </message>
    <message>
        <source>The terms, returns or privacy pages of {host} speak of {other}. Fake shops copy their policies from other shops and forget to change the name, so the rights they promise belong to someone else.</source>
        <translation>Las páginas de condiciones, devoluciones o privacidad de {host} hablan de {other}. Las tiendas falsas copian sus políticas de otras tiendas y olvidan cambiar el nombre, así que los derechos que prometen son de otro.</translation>
    </message>
    <message>
        <source>Do not rely on these policies. Ask the shop who you are buying from.</source>
        <translation>No te fíes de estas políticas. Pregunta a la tienda a quién le estás comprando.</translation>
    </message>
    <message>
        <source>The company number {id} appears with two names: &quot;{first}&quot; and &quot;{second}&quot;. A real company has one name; a fake shop copies its legal pages from several places.</source>
        <translation>El número de empresa {id} aparece con dos nombres: &quot;{first}&quot; y &quot;{second}&quot;. Una empresa real tiene un solo nombre; una tienda falsa copia sus textos legales de varios sitios.</translation>
    </message>
    <message>
        <source>The legal notice names &quot;{first}&quot;, the policies &quot;{second}&quot;. Who would you claim your money back from?</source>
        <translation>El aviso legal nombra a &quot;{first}&quot; y las políticas a &quot;{second}&quot;. ¿A quién le reclamarías tu dinero?</translation>
    </message>
    <message>
        <source>Different company names: {first} / {second}</source>
        <translation>Nombres de empresa distintos: {first} / {second}</translation>
    </message>
    <message>
        <source>Look the company number up in the official register and see which name it belongs to.</source>
        <translation>Busca el número de empresa en el registro oficial y comprueba a qué nombre pertenece.</translation>
    </message>
    <message>
        <source>The address is a placeholder: {address}</source>
        <translation>La dirección es de ejemplo: {address}</translation>
    </message>
    <message>
        <source>The shop&apos;s address is the sample text of a website template, not a place. There is no address where you could reach or claim against this shop.</source>
        <translation>La dirección de la tienda es el texto de ejemplo de una plantilla web, no un lugar. No hay ninguna dirección donde localizar o reclamar a esta tienda.</translation>
    </message>
    <message>
        <source>Do not pay a shop that gives no real address.</source>
        <translation>No pagues a una tienda que no da una dirección real.</translation>
    </message>
    <message>
        <source>{count} brands at up to {percent} % off</source>
        <translation>{count} marcas con hasta un {percent} % de descuento</translation>
    </message>
    <message>
        <source>The shop sells {brands} at discounts of up to {percent} %. Its domain is old and unchanged and nothing else looks wrong, so this is more likely a large retailer&apos;s sale; still compare the price with the brand&apos;s own shop.</source>
        <translation>La tienda vende {brands} con descuentos de hasta el {percent} %. Su dominio es antiguo, no ha cambiado y nada más parece raro, así que es más probable que sean las rebajas de un gran comercio; aun así, compara el precio con la tienda de la propia marca.</translation>
    </message>
    <message>
        <source>The shop sells {brands} at discounts of up to {percent} %. Brand goods of many unrelated makers, all far below their price, is how fake outlet shops lure buyers; brands do not let real shops sell this cheap.</source>
        <translation>La tienda vende {brands} con descuentos de hasta el {percent} %. Artículos de muchas marcas sin relación entre sí, todos muy por debajo de su precio, son el cebo de las tiendas outlet falsas; las marcas no dejan vender tan barato a las tiendas reales.</translation>
    </message>
    <message>
        <source>Buy brand goods from the brand&apos;s own shop or an authorised dealer.</source>
        <translation>Compra artículos de marca en la tienda de la propia marca o en un distribuidor autorizado.</translation>
    </message>
    <message>
        <source>Does not fit its country ending: {what}</source>
        <translation>No encaja con su terminación de país: {what}</translation>
    </message>
    <message>
        <source>The shop&apos;s address ends in .{suffix}, but its prices, phone numbers or address point elsewhere ({what}). Fake shops pose as local shops and are run from somewhere else.</source>
        <translation>La dirección web de la tienda termina en .{suffix}, pero sus precios, teléfonos o dirección apuntan a otro lugar ({what}). Las tiendas falsas se hacen pasar por tiendas locales y se gestionan desde otro sitio.</translation>
    </message>
    <message>
        <source>Ask where the goods ship from and who you would claim against.</source>
        <translation>Pregunta desde dónde se envía la mercancía y a quién podrías reclamar.</translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message>
        <source>No payment methods named</source>
        <translation>No se indican formas de pago</translation>
    </message>
    <message>
        <source>The pages read do not say how you would pay. Ask before ordering, and prefer cash on delivery, escrow, card or PayPal.</source>
        <translation>Las páginas leídas no dicen cómo se paga. Pregunta antes de pedir y elige mejor contra reembolso, pago en custodia, tarjeta o PayPal.</translation>
    </message>
    <message>
        <source>Payment methods: {methods}</source>
        <translation>Formas de pago: {methods}</translation>
    </message>
    <message>
        <source>Only bank transfer is accepted</source>
        <translation>Solo se acepta transferencia bancaria</translation>
    </message>
    <message>
        <source>The shop names no payment method other than a bank transfer. Money sent by transfer is almost impossible to get back.</source>
        <translation>La tienda no menciona otra forma de pago que la transferencia bancaria. El dinero enviado por transferencia es casi imposible de recuperar.</translation>
    </message>
    <message>
        <source>Insist on cash on delivery, escrow (rekber) or a card; never transfer to a personal account.</source>
        <translation>Exige contra reembolso, pago en custodia o tarjeta; nunca transfieras a una cuenta personal.</translation>
    </message>
    <message>
        <source>Asks for payment in cryptocurrency</source>
        <translation>Pide el pago en criptomonedas</translation>
    </message>
    <message>
        <source>Crypto payments cannot be reversed or disputed; honest small shops rarely ask for them.</source>
        <translation>Los pagos en criptomonedas no se pueden anular ni reclamar; las tiendas pequeñas honradas rara vez los piden.</translation>
    </message>
    <message>
        <source>Asks for payment with gift cards</source>
        <translation>Pide el pago con tarjetas regalo</translation>
    </message>
    <message>
        <source>Paying with gift cards or voucher codes is a classic scam: the money is gone the moment you share the code.</source>
        <translation>Pagar con tarjetas regalo o códigos de cupón es una estafa clásica: el dinero desaparece en cuanto compartes el código.</translation>
    </message>
    <message>
        <source>Discounts of {percent} % advertised</source>
        <translation>Se anuncian descuentos del {percent} %</translation>
    </message>
    <message>
        <source>The shop advertises {percent} % off. Its domain has existed for a long time, so this is more likely a clearance sale than bait; still compare the price with other shops.</source>
        <translation>La tienda anuncia un {percent} % de descuento. Su dominio existe desde hace mucho, así que es más probable que se trate de una liquidación que de un cebo; aun así, compara el precio con otras tiendas.</translation>
    </message>
    <message>
        <source>Brand goods at {percent} % off are the classic fake-shop bait. Compare the price with other shops before you pay.</source>
        <translation>Productos de marca con un {percent} % de descuento son el cebo típico de las tiendas falsas. Compara el precio con otras tiendas antes de pagar.</translation>
    </message>
    <message>
        <source>Template text left on the site</source>
        <translation>Quedan textos de plantilla en el sitio</translation>
    </message>
    <message>
        <source>The site still shows placeholder text ({examples}). Fake shops are often built from a template in a hurry.</source>
        <translation>El sitio aún muestra textos de ejemplo ({examples}). Las tiendas falsas se montan a menudo con prisa a partir de una plantilla.</translation>
    </message>
    <message>
        <source>Contact details could not be read</source>
        <translation>No se pudieron leer los datos de contacto</translation>
    </message>
    <message>
        <source>The shop&apos;s contact page could not be fetched, so it is unknown how to reach the seller.</source>
        <translation>No se pudo descargar la página de contacto de la tienda, así que no se sabe cómo localizar al vendedor.</translation>
    </message>
    <message>
        <source>No way to contact the seller</source>
        <translation>No hay forma de contactar con el vendedor</translation>
    </message>
    <message>
        <source>No phone number, e-mail address, WhatsApp or postal address was found on the shop&apos;s pages.</source>
        <translation>No se encontró ningún teléfono, correo electrónico, WhatsApp ni dirección postal en las páginas de la tienda.</translation>
    </message>
    <message>
        <source>Do not pay a shop you cannot reach if something goes wrong.</source>
        <translation>No le pagues a una tienda con la que no podrás contactar si algo sale mal.</translation>
    </message>
    <message>
        <source>Contact details found</source>
        <translation>Datos de contacto encontrados</translation>
    </message>
    <message>
        <source>{phones} phone number(s), {emails} e-mail address(es), {addresses} postal address(es). Call the number before you pay.</source>
        <translation>Teléfonos: {phones}; correos electrónicos: {emails}; direcciones postales: {addresses}. Llama al número antes de pagar.</translation>
    </message>
    <message>
        <source>Only a WhatsApp number</source>
        <translation>Solo un número de WhatsApp</translation>
    </message>
    <message>
        <source>The only contact is a WhatsApp chat. Such numbers are cheap to throw away; there is no address or company behind them.</source>
        <translation>El único contacto es un chat de WhatsApp. Esos números se tiran sin coste; no hay ninguna dirección ni empresa detrás.</translation>
    </message>
    <message>
        <source>Never move the payment into the chat; ask for a call or a live video.</source>
        <translation>Nunca lleves el pago al chat; pide una llamada o una videollamada en directo.</translation>
    </message>
    <message>
        <source>E-mail on free webmail ({email})</source>
        <translation>Correo en un servicio gratuito ({email})</translation>
    </message>
    <message>
        <source>The shop&apos;s e-mail is a free account anyone can open in a minute, not an address on its own domain.</source>
        <translation>El correo de la tienda es una cuenta gratuita que cualquiera abre en un minuto, no una dirección en su propio dominio.</translation>
    </message>
    <message>
        <source>E-mail on another domain ({email})</source>
        <translation>Correo en otro dominio ({email})</translation>
    </message>
    <message>
        <source>The e-mail address is not on {domain}. That can be a parent company, or a copied page.</source>
        <translation>La dirección de correo no está en {domain}. Puede ser de una empresa matriz, o de una página copiada.</translation>
    </message>
    <message>
        <source>Company identifier {value} ({type})</source>
        <translation>Identificador de empresa {value} ({type})</translation>
    </message>
    <message>
        <source>The number is well-formed. Look it up in the official company register to see that it belongs to this shop.</source>
        <translation>El número tiene un formato correcto. Búscalo en el registro oficial de empresas para comprobar que pertenece a esta tienda.</translation>
    </message>
    <message>
        <source>Invalid company identifier {value} ({type})</source>
        <translation>Identificador de empresa no válido {value} ({type})</translation>
    </message>
    <message>
        <source>The number printed on the site fails its check digit: it is mistyped or made up.</source>
        <translation>El número que aparece en el sitio no supera su dígito de control: está mal escrito o es inventado.</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>privacidad</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluciones</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>condiciones</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>envíos</translation>
    </message>
    <message>
        <source>imprint</source>
        <translation>aviso legal</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>Policies found: {items}</source>
        <translation>Políticas encontradas: {items}</translation>
    </message>
    <message>
        <source>Read the returns and privacy pages before you buy: who pays for returns, and how long you have.</source>
        <translation>Lee las páginas de devoluciones y privacidad antes de comprar: quién paga la devolución y de cuánto plazo dispones.</translation>
    </message>
    <message>
        <source>Some policy pages could not be read</source>
        <translation>No se pudieron leer algunas páginas de políticas</translation>
    </message>
    <message>
        <source>Links to {items} exist but the pages could not be fetched.</source>
        <translation>Hay enlaces a {items}, pero no se pudieron descargar las páginas.</translation>
    </message>
    <message>
        <source>No page found for: {items}</source>
        <translation>No se encontró página de: {items}</translation>
    </message>
    <message>
        <source>A real shop tells you how returns, refunds and your personal data are handled. Missing policies leave you without rights you can point to.</source>
        <translation>Una tienda de verdad te explica cómo gestiona devoluciones, reembolsos y tus datos personales. Sin esas políticas no tienes derechos por escrito a los que acogerte.</translation>
    </message>
    <message>
        <source>No Impressum</source>
        <translation>Sin Impressum</translation>
    </message>
    <message>
        <source>Shops in Germany and Austria must name their owner and address in an Impressum; this one has none.</source>
        <translation>Las tiendas de Alemania y Austria deben indicar su titular y dirección en un Impressum; esta no lo tiene.</translation>
    </message>
    <message>
        <source>the site answered with HTTP status {status}</source>
        <translation>el sitio respondió con el estado HTTP {status}</translation>
    </message>
    <message>
        <source>the page shows its content only with JavaScript, which ShopSafe never runs</source>
        <translation>la página solo muestra su contenido con JavaScript, que ShopSafe nunca ejecuta</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The shop&apos;s pages could not be read</source>
        <translation>No se pudieron leer las páginas de la tienda</translation>
    </message>
    <message>
        <source>Contact details, policies and payment methods are unknown: {reason}</source>
        <translation>Los datos de contacto, las políticas y las formas de pago son desconocidos: {reason}</translation>
    </message>
    <message>
        <source>Policies unknown</source>
        <translation>Políticas desconocidas</translation>
    </message>
    <message>
        <source>The site could not be read, so its policies were not checked.</source>
        <translation>No se pudo leer el sitio, así que no se comprobaron sus políticas.</translation>
    </message>
    <message>
        <source>The link leads to another site: {domain}</source>
        <translation>El enlace lleva a otro sitio: {domain}</translation>
    </message>
    <message>
        <source>Pay only by card, PayPal, marketplace escrow (rekber) or real cash on delivery; never into a private account or a phone number.</source>
        <translation>Paga solo con tarjeta, PayPal, el pago protegido del marketplace o contra reembolso de verdad; nunca a una cuenta particular ni a un número de teléfono.</translation>
    </message>
    <message>
        <source>Payment instructions: {method} to {recipient}</source>
        <translation>Instrucciones de pago: {method} a {recipient}</translation>
    </message>
    <message>
        <source>The shop asks for {method} to {recipient} ({kind}). Such a payment cannot be reversed; check that the account holder is the company named on the shop&apos;s legal pages.</source>
        <translation>La tienda pide {method} a {recipient} ({kind}). Un pago así no se puede revertir; comprueba que el titular de la cuenta es la empresa que figura en los textos legales de la tienda.</translation>
    </message>
    <message>
        <source>Payment goes to a private person: {method} to {recipient}</source>
        <translation>El pago va a una persona particular: {method} a {recipient}</translation>
    </message>
    <message>
        <source>The shop&apos;s payment instructions ask for {method} to {recipient}, a private person. That money cannot be reclaimed, and no company answers for it.</source>
        <translation>Las instrucciones de pago de la tienda piden {method} a {recipient}, una persona particular. Ese dinero no se puede reclamar y ninguna empresa responde por él.</translation>
    </message>
    <message>
        <source>Payment instructions ask for {method}</source>
        <translation>Las instrucciones de pago piden {method}</translation>
    </message>
    <message>
        <source>The shop asks for {method} to {recipient}. Such payments cannot be traced back or reversed; honest shops do not ask for them.</source>
        <translation>La tienda pide {method} a {recipient}. Esos pagos no se pueden rastrear ni revertir; las tiendas honradas no los piden.</translation>
    </message>
    <message>
        <source>{detail} The shop also advertises {advertised}, but what it asks you to do is what counts.</source>
        <translation>{detail} La tienda también anuncia {advertised}, pero lo que cuenta es lo que te pide hacer.</translation>
    </message>
    <message>
        <source>Methods that protect you (card, PayPal, cash on delivery, escrow) are better than a bank transfer, a cash deposit or a payment to a phone number.</source>
        <translation>Los métodos que te protegen (tarjeta, PayPal, contra reembolso, pago protegido) son mejores que una transferencia, un depósito en efectivo o un pago a un número de teléfono.</translation>
    </message>
    <message>
        <source>Cash on delivery only after a payment first</source>
        <translation>Contra reembolso solo tras un pago previo</translation>
    </message>
    <message>
        <source>The shop offers cash on delivery but asks for a down payment or the shipping cost in advance. That first payment is the usual loss in fake COD offers.</source>
        <translation>La tienda ofrece contra reembolso pero pide un anticipo o los gastos de envío por adelantado. Ese primer pago es lo que se suele perder en las ofertas falsas de contra reembolso.</translation>
    </message>
    <message>
        <source>Only payments without buyer protection</source>
        <translation>Solo pagos sin protección al comprador</translation>
    </message>
    <message>
        <source>The shop takes only {methods}. None of them can be reversed if the goods never arrive.</source>
        <translation>La tienda solo acepta {methods}. Ninguno se puede revertir si la mercancía no llega nunca.</translation>
    </message>
    <message>
        <source>Asks for payment by a money-transfer service</source>
        <translation>Pide el pago por un servicio de envío de dinero</translation>
    </message>
    <message>
        <source>Services such as Western Union or MoneyGram send cash to a person, not to a shop; the money cannot be recalled. Shops do not take payment this way.</source>
        <translation>Servicios como Western Union o MoneyGram envían efectivo a una persona, no a una tienda; el dinero no se puede recuperar. Las tiendas no cobran así.</translation>
    </message>
    <message>
        <source>The page sends you on to another site: {domain}</source>
        <translation>La página te lleva a otro sitio: {domain}</translation>
    </message>
    <message>
        <source>Check the address you end up on separately before you pay there.</source>
        <translation>Comprueba por separado la dirección a la que llegas antes de pagar allí.</translation>
    </message>
    <message>
        <source>Part of the shop&apos;s pages was not read</source>
        <translation>Parte de las páginas de la tienda no se leyó</translation>
    </message>
    <message>
        <source>{count} page(s) were too large or too broken to read completely in time; {url} was read only in part. What the rest says was not checked.</source>
        <translation>{count} página(s) eran demasiado grandes o estaban demasiado rotas para leerlas enteras a tiempo; {url} se leyó solo en parte. Lo que dice el resto no se comprobó.</translation>
    </message>
    <message>
        <source>The page forwards the browser to {url} with a refresh tag. That site&apos;s pages were not read; its domain&apos;s age and name are checked below, the other findings are about {host}.</source>
        <translation>La página reenvía el navegador a {url} con una etiqueta de recarga. Las páginas de ese sitio no se leyeron; la antigüedad y el nombre de su dominio se revisan abajo, los demás resultados son sobre {host}.</translation>
    </message>
    <message>
        <source>A script on the page forwards the browser to {url}. That site&apos;s pages were not read; its domain&apos;s age and name are checked below, the other findings are about {host}.</source>
        <translation>Un script de la página reenvía el navegador a {url}. Las páginas de ese sitio no se leyeron; la antigüedad y el nombre de su dominio se revisan abajo, los demás resultados son sobre {host}.</translation>
    </message>
    <message>
        <source>No Libro de Reclamaciones</source>
        <translation>Sin Libro de Reclamaciones</translation>
    </message>
    <message>
        <source>Shops in Peru must offer a complaints book (Libro de Reclamaciones), also online; this one links none.</source>
        <translation>Las tiendas en Perú deben ofrecer un Libro de Reclamaciones, también en línea; esta no enlaza ninguno.</translation>
    </message>
    <message>
        <source>Without it you have no official way to complain to INDECOPI about this shop.</source>
        <translation>Sin él no tienes una vía oficial para reclamar ante INDECOPI por esta tienda.</translation>
    </message>
    <message>
        <source>complaints book</source>
        <translation>libro de reclamaciones</translation>
    </message>
    <message>
        <source>You pasted a link to {host}, but it sends you on to {url}. That site is the shop you would pay, so it is checked too: its domain age and whether its name imitates a brand.</source>
        <translation>Pegaste un enlace a {host}, pero te lleva a {url}. Esa es la tienda a la que pagarías, así que también se revisa: la antigüedad de su dominio y si su nombre imita una marca.</translation>
    </message>
    <message>
        <source>{detail} The site it lands on does not use HTTPS: what you type there, card numbers included, travels unencrypted.</source>
        <translation>{detail} El sitio de destino no usa HTTPS: lo que escribas allí, incluidos los números de tarjeta, viaja sin cifrar.</translation>
    </message>
    <message>
        <source>Make sure the shop you see is the one you meant to visit.</source>
        <translation>Asegúrate de que la tienda que ves es la que querías visitar.</translation>
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
        <translation>Bien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>ShopSafe check of {subject} ({when})</source>
        <translation>Comprobación de ShopSafe de {subject} ({when})</translation>
    </message>
    <message>
        <source>Self-check: {answered} of {total} questions answered.</source>
        <translation>Comprobación por tu cuenta: {answered} de {total} preguntas respondidas.</translation>
    </message>
</context>
<context>
    <name>SyncHook</name>
    <message numerus="yes">
        <source>Review edits (%n)</source>
        <translation>
            <numerusform>Revisar cambios (%n)</numerusform>
            <numerusform>Revisar cambios (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes from another computer arrived: %n order(s) updated.</source>
        <translation>
            <numerusform>Han llegado cambios de otro ordenador: %n pedido actualizado.</numerusform>
            <numerusform>Han llegado cambios de otro ordenador: %n pedidos actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from another computer arrived.</source>
        <translation>Han llegado cambios de otro ordenador.</translation>
    </message>
</context>
<context>
    <name>Technique</name>
    <message>
        <source>brand name in front of another domain</source>
        <translation>nombre de la marca delante de otro dominio</translation>
    </message>
    <message>
        <source>look-alike characters</source>
        <translation>caracteres que se parecen</translation>
    </message>
    <message>
        <source>brand name with added words</source>
        <translation>nombre de la marca con palabras añadidas</translation>
    </message>
    <message>
        <source>dots or hyphens moved</source>
        <translation>puntos o guiones cambiados de sitio</translation>
    </message>
    <message>
        <source>different domain ending</source>
        <translation>otra terminación de dominio</translation>
    </message>
    <message>
        <source>typing mistake</source>
        <translation>error de tecleo</translation>
    </message>
    <message>
        <source>letter left out</source>
        <translation>falta una letra</translation>
    </message>
    <message>
        <source>letter added</source>
        <translation>sobra una letra</translation>
    </message>
    <message>
        <source>letter doubled</source>
        <translation>letra repetida</translation>
    </message>
    <message>
        <source>letters swapped</source>
        <translation>letras intercambiadas</translation>
    </message>
    <message>
        <source>letter replaced</source>
        <translation>letra cambiada</translation>
    </message>
    <message>
        <source>fake address before “@”</source>
        <translation>dirección falsa antes de la «@»</translation>
    </message>
    <message>
        <source>(letters from another alphabet)</source>
        <translation>(letras de otro alfabeto)</translation>
    </message>
    <message>
        <source>(look-alike letters or digits)</source>
        <translation>(letras o cifras parecidas)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Looks OK</source>
        <translation>Parece fiable</translation>
    </message>
    <message>
        <source>Be careful</source>
        <translation>Ten cuidado</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation>Información insuficiente</translation>
    </message>
    <message>
        <source>No warning signs found. Still pay with buyer protection when you can.</source>
        <translation>No hay señales de alarma. Aun así, paga con protección al comprador siempre que puedas.</translation>
    </message>
    <message>
        <source>Some things are not right. Read the reasons before you pay.</source>
        <translation>Hay cosas que no cuadran. Lee los motivos antes de pagar.</translation>
    </message>
    <message>
        <source>Serious warning signs. Do not pay this seller.</source>
        <translation>Señales de alarma graves. No le pagues a este vendedor.</translation>
    </message>
    <message>
        <source>The checks could not tell enough. Do the self-check before you pay.</source>
        <translation>Las comprobaciones automáticas no bastan para valorarlo. Haz la comprobación por tu cuenta antes de pagar.</translation>
    </message>
    <message>
        <source>Pay only through the marketplace&apos;s own checkout. If the seller asks you to move to WhatsApp or to pay by bank transfer, walk away.</source>
        <extracomment>Added to the advice for marketplace listings that are not high risk (DESIGN.md §3): the marketplace protects the buyer only inside its own checkout.</extracomment>
        <translation>Paga solo con el proceso de pago del propio marketplace. Si el vendedor te pide seguir por WhatsApp o pagar por transferencia, déjalo.</translation>
    </message>
    <message>
        <source>HTTPS certificate and secure connection (offline: not checked)</source>
        <translation>Certificado HTTPS y conexión segura (sin conexión: no comprobado)</translation>
    </message>
    <message>
        <source>Domain age and registration data (offline: not checked)</source>
        <translation>Antigüedad del dominio y datos de registro (sin conexión: no comprobado)</translation>
    </message>
    <message>
        <source>Site content: contact details, policies, payment methods (offline: not checked)</source>
        <translation>Contenido de la web: contacto, políticas, formas de pago (sin conexión: no comprobado)</translation>
    </message>
    <message>
        <source>Domain age and registration data (the registry could not tell)</source>
        <translation>Antigüedad del dominio y datos de registro (el registro no lo indica)</translation>
    </message>
    <message>
        <source>High risk: do not pay this seller.</source>
        <translation>Riesgo alto: no le pagues a este vendedor.</translation>
    </message>
    <message>
        <source>Be careful: some warning signs need your attention.</source>
        <translation>Ten cuidado: hay señales de alarma que debes revisar.</translation>
    </message>
    <message>
        <source>Not enough information: the checks could not see enough. Do the self-check.</source>
        <translation>Información insuficiente: las comprobaciones no vieron lo bastante. Haz la comprobación por tu cuenta.</translation>
    </message>
    <message>
        <source>Looks OK: no warning signs were found.</source>
        <translation>Parece fiable: no se encontraron señales de alarma.</translation>
    </message>
    <message>
        <source>Looks OK: this is the official site. Pay only through its own checkout.</source>
        <translation>Parece fiable: es la web oficial. Paga solo con su propio proceso de pago.</translation>
    </message>
    <message>
        <source>High risk: several independent warning signs together match a typical fake shop.</source>
        <translation>Riesgo alto: varias señales de alarma independientes encajan a la vez con una tienda falsa típica.</translation>
    </message>
    <message>
        <source>The shop&apos;s own pages: contact details, policies, payment methods (they could not be read)</source>
        <translation>Las páginas de la propia tienda: contacto, políticas, formas de pago (no se pudieron leer)</translation>
    </message>
    <message>
        <source>High risk: the address imitates a known name and the domain is new or recently changed hands.</source>
        <translation>Riesgo alto: la dirección imita un nombre conocido y el dominio es nuevo o cambió de manos hace poco.</translation>
    </message>
</context>
<context>
    <name>_PassphraseForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway</source>
        <translation>Usar de todos modos esta frase de contraseña débil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Strength: {words}</source>
        <translation>Solidez: {words}</translation>
    </message>
    <message>
        <source>Each person has their own passphrase; nobody else needs to know it.</source>
        <translation>Cada persona tiene su propia frase de contraseña; nadie más necesita saberla.</translation>
    </message>
</context>
</TS>
