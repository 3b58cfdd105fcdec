#pragma once

#include <QString>
#include <QStringList>

namespace opsdash::csv {

/// A cell as a spreadsheet will read it safely: cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading
/// `'` so Excel and LibreOffice show them as text instead of running them as formulas.
QString neutralize(const QString &cell);
/// One RFC 4180 record (quoted when needed, `""` for quotes), neutralized, ending in CRLF.
QString record(const QStringList &cells);

} // namespace opsdash::csv
