// eventsd's page parameters from a query string (`limit`, `cursor`). Properties: a cursor that decodes has a
// positive id and a canonical cache key; encoding what it decoded and decoding again gives the same key, so two
// spellings of one position never make two cache entries, and the key never holds the client's raw text.

#include "fuzz.h"
#include "util.h"

#include <QUrlQuery>

using namespace eventsd;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    // As a whole query string, and as the cursor's value alone.
    HttpResponse error;
    const auto fromQuery = util::parsePage(QUrlQuery(text), 50, 500, &error);
    if (fromQuery)
        FUZZ_CHECK(fromQuery->limit >= 1 && fromQuery->limit <= 500);
    else
        FUZZ_CHECK(error.status == 400);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), text);
    const auto page = util::parsePage(query, 50, 500, &error);
    if (!page)
        return 0;
    if (!page->cursorTimestamp) { // an empty cursor is no cursor
        FUZZ_CHECK(text.isEmpty() && page->cursorKey.isEmpty());
        return 0;
    }
    FUZZ_CHECK(page->cursorId > 0);
    const QString key = page->cursorKey;
    FUZZ_CHECK(!key.isEmpty() && key.size() <= 48);
    for (const QChar c : key)
        FUZZ_CHECK(c.isDigit() || c == u':' || c == u'-');
    QUrlQuery again;
    again.addQueryItem(QStringLiteral("cursor"), util::encodeCursor(*page->cursorTimestamp, page->cursorId));
    const auto reread = util::parsePage(again, 50, 500, &error);
    FUZZ_CHECK(reread && reread->cursorKey == key);
    return 0;
}
