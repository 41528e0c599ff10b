"""Receipt and transfer-proof texts written after how the real documents look (thermal
receipts of Indomaret and Alfamart, OXXO tickets, Spanish supermarket tickets with their VAT
table, a marketplace invoice, bank-app transfer screens). Shared by the tests and make_images.py."""

INDOMARET = """INDOMARET
PT. INDOMARCO PRIMATAMA
JL. RAYA BOGOR KM 26 JAKARTA
NPWP: 01.337.994.6-092.000
Bon 1F23-4-0123    Kasir: ANI
INDOMIE GRG        5 x 3.100    15.500
AQUA 600ML         2 x 3.500     7.000
HARGA JUAL :                    22.500
TOTAL      :                    22.500
TUNAI      :                    50.000
KEMBALI    :                    27.500
PPN        : DPP= 20.270  PPN= 2.230
TGL. 04-12-2026  19:05:12  V.2026.1
"""

ALFAMART = """ALFAMART
ALFAMART CILANDAK KKO
Jl. Cilandak KKO No.5 Jakarta Selatan
No. Struk: 2612-0401-8831
04.12.2026 08:12
SUSU UHT 1L       2    18.900   37.800
ROTI TAWAR        1    15.500   15.500
Subtotal                      Rp 53.300
Diskon                         Rp 3.300
Total Bayar                   Rp 50.000
Debit BCA                     Rp 50.000
Kembali                             Rp 0
"""

OXXO = """OXXO
CADENA COMERCIAL OXXO SA DE CV
RFC: CCO8605231N4
TIENDA 50ABC SUCURSAL CENTRO
FOLIO: 4567891   CAJA 2
04/12/2026 14:35
COCA COLA 600ML          $18.50
SABRITAS 45G             $19.00
SUBTOTAL                 $32.33
IVA                       $5.17
TOTAL                    $37.50
EFECTIVO                $100.00
CAMBIO                   $62.50
"""

MERCADONA = """MERCADONA, S.A.
C/ ARTES GRAFICAS, 14 46010 VALENCIA
NIF: A46103834
04/12/2026 18:42  OP: 123456
FACTURA SIMPLIFICADA: 2331-017-456789
1 LECHE ENTERA                 5,34
2 PAN DE MOLDE        1,45     2,90
TOTAL (€)                      8,24
TARJETA BANCARIA               8,24
IVA   BASE IMPONIBLE (€)   CUOTA (€)
4%          7,92             0,32
TOTAL       7,92             0,32
"""

MARKETPLACE_INVOICE = """INVOICE
No. Invoice: INV/20261204/MPL/3712945501
Penjual: Toko Maju Jaya
Tanggal Pembelian: 4 Desember 2026
Total Harga (2 Barang)          Rp245.000
Total Ongkos Kirim               Rp18.000
Diskon Ongkos Kirim             -Rp18.000
Total Belanja                   Rp245.000
Metode Pembayaran: BCA Virtual Account
"""

US_RECEIPT = """CORNER MARKET
123 MAIN ST
12/04/2026 09:15 PM
MILK 1GAL        3.48
BREAD            2.50
SUBTOTAL         5.98
TAX 1  7.0 %     0.42
TOTAL            6.40
CASH            10.00
CHANGE DUE       3.60
"""

BRIMO = """BRImo
Transaksi Berhasil
04 Desember 2026, 14:05:12 WIB
Total Transaksi
Rp245.000
No. Ref 123456789012
Sumber Dana
SITI AMINAH
BANK BRI
0123 0100 1234 567
Tujuan
BUDI SANTOSO
BANK BCA
1234567890
Nominal Rp245.000
Biaya Admin Rp0
"""

BCA = """m-Transfer
BERHASIL
Tanggal: 04/12/2026 14:05:12
Ke rekening: 1234567890
Penerima: BUDI SANTOSO
Jumlah: Rp 245.000,00
Berita: pesanan 123
No. Referensi: 5D3A1B2C3D4E
"""

SPEI = """BBVA
Comprobante de transferencia SPEI
Fecha de operación: 04/12/2026
Hora: 14:05:12
Importe: $1,299.00
Cuenta destino: 012180001234567899
Beneficiario: JUAN PEREZ LOPEZ
Banco destino: BANORTE
Clave de rastreo: MBAN01002612040012345678
Referencia numérica: 1234567
Concepto: pedido 55
"""

BIZUM = """Bizum enviado
Has enviado 25,00 € a
María García
Teléfono: +34 612 345 678
Concepto: camiseta
04/12/2026 14:05
"""

RESTAURANT = """RM SEDERHANA
Jl. Kebon Sirih No. 9 Jakarta
No. Bill: 0412-0087
04/12/2026 12:41
NASI RENDANG      2 x  28.000      56.000
ES TEH MANIS      2 x   8.000      16.000
Subtotal                         72.000
Service 5%                        3.600
PB1 10%                           7.560
Grand Total                   Rp 83.160
Tunai                        Rp 100.000
Kembalian                     Rp 16.840
"""
