#include "plaintextreader.h"
#include "htmltext.h"
#include "textdecoder.h"

#include <QCoreApplication>

namespace fz {

namespace {
// Line ends become \n so that offsets do not depend on the platform the report came from.
QString normaliseLineEnds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}
}

ReadDocument PlainTextReader::read(const QByteArray &bytes) const
{
    ReadDocument doc;
    doc.format = format();
    const DecodedText d = decodeText(bytes);
    if (!d.ok()) {
        doc.error = d.error;
        return doc;
    }
    doc.text = normaliseLineEnds(d.text);
    doc.encoding = d.encoding;
    if (doc.text.trimmed().isEmpty())
        doc.error = QCoreApplication::translate("Import", "empty file: no text after decoding");
    return doc;
}

ReadDocument HtmlReader::read(const QByteArray &bytes) const
{
    ReadDocument doc;
    doc.format = format();
    const DecodedText d = decodeText(bytes, sniffHtmlCharset(bytes));
    if (!d.ok()) {
        doc.error = d.error;
        return doc;
    }
    const HtmlText h = htmlToText(d.text);
    doc.text = h.text;
    doc.titleHint = h.title;
    doc.encoding = d.encoding;
    if (doc.text.trimmed().isEmpty())
        doc.error = QCoreApplication::translate("Import", "empty file: the page holds no text");
    return doc;
}

} // namespace fz
