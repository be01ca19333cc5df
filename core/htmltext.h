#pragma once
// Plain text from a scraped HTML page: scripts and styles dropped, entities decoded, block
// elements turned into line breaks, table cells joined with " | " so tables stay tables.
#include <QByteArray>
#include <QString>

namespace fz {

struct HtmlText {
    QString text;
    QString title; // the <title> element, whitespace collapsed
};

// The charset named by <meta charset=...> or <meta http-equiv content="...; charset=...">,
// looked for in the first 8 KB; empty when none.
QByteArray sniffHtmlCharset(const QByteArray &bytes);

HtmlText htmlToText(const QString &html);

// Decodes one entity name or number ("amp", "#20013", "#x4E2D"); null QString if unknown.
QString decodeHtmlEntity(QStringView entity);

} // namespace fz
