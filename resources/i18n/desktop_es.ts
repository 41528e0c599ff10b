<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Archive</name>
    <message>
        <source>The archive could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ShopSafe archive was found in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already holds an archive; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or recovery key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key is not valid. Check it for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ShopSafe (format {version}). Update ShopSafe to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} asks for unsafe key-derivation settings ({parameter}); it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and was skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} failed its integrity check (changed, cut short or moved): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing with the id {item} is in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not match their authentication tag or signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of ShopSafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted with a key this member has not been given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file name is not one ShopSafe writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it asks for unsafe key-derivation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Family seller book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to read what it means and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <extracomment>Extra CheckOptions fields (``resolve``, ``ca_bundle``) for tests and diagnostics.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings so far are listed below, but they are not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the self-check below: your answers complete the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied. Paste it into your family chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopSafe report: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent checks will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent checks are not kept. You can switch this on in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste a shop link, a seller&apos;s profile, a phone number or a chat message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://toko-contoh.id/produk/tas — press Enter to check (Ctrl+L comes back here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it yourself too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a short summary to paste into a family chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the encrypted archive is not available yet: the archive page is still being built. Export the report instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>The total could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a price I can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency code: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add {first} and {second} without an exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target}: type one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference exchange rates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} × {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum spend not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free above {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % of {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop check saw {captured}; it cannot be compared without a rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price went up {percent} % since the shop check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price went down {percent} % since the shop check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % below the reference price: brand goods at huge discounts are a classic fake-shop sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % cheaper than the other offers: check this seller carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with HTTP status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode: using the saved exchange rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the ECB rates ({reason}); using the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage cannot exceed 100 ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” names more than one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit groups in “{text}” do not look like a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” can be read in two ways: write it without the shorthand, e.g. 1500000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” can be read in two ways: write the currency&apos;s decimals in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{mark}” read as {currency} because your country is {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{mark}” read as {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No currency in the text: {currency} assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a price, e.g. 50rb or 1.234,56 €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no amount in “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” says free but also shows an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” holds more than one amount: paste only the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is too large to be a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{mark}” can mean several currencies: add the code, e.g. MXN, ARS or COP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency in “{text}” is not known: add its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has no currency: add one, e.g. IDR or €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange rate must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 {source_currency} = {value} {target_currency} ({source}, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved offers could not be read.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Imitates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check a shop</source>
        <translation>Revisar tienda</translation>
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
        <translation>La libreta familiar de vendedores: marca una tienda, un teléfono, una cuenta bancaria o un perfil social como de confianza o como estafa, y cada revisión posterior avisará a los demás.</translation>
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
        <translation>Revisiones en línea activadas</translation>
    </message>
    <message>
        <source>{description}
Shortcut: {shortcut}</source>
        <translation>{description}
Atajo: {shortcut}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>The shop could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode is on, so nothing was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} sent more than {limit} KB; the rest was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} leads to the private or local address {address}; ShopSafe does not follow a shop into your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} redirected more than {limit} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} could not be fetched: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --resolve HOST:ADDRESS or HOST:ADDRESS:PORT, not {text}.</source>
        <translation type="unfinished"></translation>
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
        <extracomment>Languages the interface is translated into; English is the source language. Setting values with their names, each written in its own language so anyone can find theirs.</extracomment>
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
    <name>SelfCheck</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <extracomment>How many recent check inputs are remembered when keeping them is switched on.</extracomment>
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
        <source>Lock the archive after</source>
        <translation>Bloquear el archivo tras</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Carpeta del archivo</translation>
    </message>
    <message>
        <source>Remember recent checks</source>
        <translation>Recordar las revisiones recientes</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Recent checks remembered: {count}</source>
        <extracomment>Re-emits :attr:`Settings.settings_changed` (the key) for widgets holding only the page.</extracomment>
        <translation>Revisiones recientes guardadas: {count}</translation>
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
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Offline mode: never connect to the internet</source>
        <translation>Modo sin conexión: no conectarse nunca a internet</translation>
    </message>
    <message>
        <source>Shop checks then use only what is on this computer: the link itself, the family seller book and the built-in lists. Checks that need the network show &quot;unknown&quot;.</source>
        <translation>Las revisiones de tiendas usan entonces solo lo que hay en este equipo: el propio enlace, la libreta familiar de vendedores y las listas incluidas. Las comprobaciones que necesitan la red aparecen como &quot;desconocido&quot;.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
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
        <translation>Borrar revisiones recientes</translation>
    </message>
    <message>
        <source>Settings file: {settings}
Data folder: {data}
Log file: {log}</source>
        <translation>Archivo de ajustes: {settings}
Carpeta de datos: {data}
Archivo de registro: {log}</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Elige la carpeta del archivo</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>ShopSafe check of {subject} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check: {answered} of {total} questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
