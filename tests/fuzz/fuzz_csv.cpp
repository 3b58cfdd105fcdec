// CSV writing (opsdash's export and eventsd's share the rules) read back with an RFC 4180 reader. Properties:
// every record reads back as exactly its cells, neutralized; no cell a spreadsheet would run as a formula.

#include "csv.h"
#include "csvparse.h"
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Cells separated by 0x1f (unit separator), so any other byte, quotes and newlines included, is cell content.
    QStringList cells;
    for (const QByteArray &part : fuzz::bytes(data, size).split('\x1f'))
        cells << QString::fromUtf8(part);
    const QString line = opsdash::csv::record(cells);
    FUZZ_CHECK(line.endsWith(QLatin1String("\r\n")));
    const QList<QStringList> rows = testenv::parseCsv(line);
    FUZZ_CHECK(rows.size() == 1);
    FUZZ_CHECK(rows[0].size() == cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString &read = rows[0][i];
        FUZZ_CHECK(read == opsdash::csv::neutralize(cells[i]));
        if (!read.isEmpty()) {
            bool number = false;
            read.toDouble(&number);
            const QChar c = read.front();
            FUZZ_CHECK(number || !(c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r'));
        }
    }
    return 0;
}
