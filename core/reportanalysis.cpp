#include "reportanalysis.h"
#include "textfold.h"

#include <QCryptographicHash>

namespace fz {

QByteArray contentHash(const QString &text)
{
    QString compact;
    compact.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            compact += c;
    return QCryptographicHash::hash(compact.toUtf8(), QCryptographicHash::Sha256).toHex();
}

ReportAnalysis analyseText(const QString &text, const QString &titleHint, const IndicatorExtractor *extractor)
{
    static const IndicatorExtractor defaultExtractor;
    const IndicatorExtractor &ex = extractor ? *extractor : defaultExtractor;
    ReportAnalysis a;
    a.text = text;
    const QString folded = fold(text);
    a.layout = detectPageLayout(folded);
    a.meta = analyseMetadata(folded, a.layout, titleHint);
    if (a.meta.titleSpan.end > a.meta.titleSpan.start)
        a.meta.title = text.mid(a.meta.titleSpan.start, a.meta.titleSpan.end - a.meta.titleSpan.start).simplified();
    else
        a.meta.title = titleHint.simplified();
    a.mentions = ex.extract(folded, a.layout, a.meta.year, a.meta.level);
    a.contentHash = contentHash(text);
    return a;
}

ReportAnalysis analyseFile(const QString &path, const IndicatorExtractor *extractor)
{
    const ReadDocument doc = DocumentReaders::instance().readFile(path);
    if (!doc.ok()) {
        ReportAnalysis a;
        a.path = path;
        a.error = doc.error;
        return a;
    }
    ReportAnalysis a = analyseText(doc.text, doc.titleHint, extractor);
    a.path = path;
    a.encoding = doc.encoding;
    a.format = doc.format;
    return a;
}

} // namespace fz
