#include "csv.h"

namespace opsdash::csv {

QString neutralize(const QString &cell)
{
    bool number = false;
    cell.toDouble(&number); // "-5" is a number, not a formula
    if (!cell.isEmpty() && !number) {
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return u'\'' + cell;
    }
    return cell;
}

QString record(const QStringList &cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u',';
        const QString cell = neutralize(cells[i]);
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
        if (quote) {
            QString escaped = cell;
            escaped.replace(u'"', QStringLiteral("\"\""));
            out += u'"' + escaped + u'"';
        } else {
            out += cell;
        }
    }
    out += QStringLiteral("\r\n");
    return out;
}

} // namespace opsdash::csv
