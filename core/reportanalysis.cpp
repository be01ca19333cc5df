#include "reportanalysis.h"
#include "textreflow.h"
#include "textfold.h"

#include <QCryptographicHash>

namespace fz {

QByteArray contentHash(const QString &text)
{
    // The UTF-16 code units of every run of non-space characters, hashed as they lie in memory.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= n; ++i) {
        const bool space = i == n || data[i].isSpace();
        if (!space && runStart < 0)
            runStart = i;
        else if (space && runStart >= 0) {
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(data + runStart), (i - runStart) * 2));
            runStart = -1;
        }
    }
    return hash.result().toHex();
}

ReportAnalysis analyseText(const QString &text, const QString &titleHint, const IndicatorExtractor *extractor)
{
    static const IndicatorExtractor defaultExtractor;
    const IndicatorExtractor &ex = extractor ? *extractor : defaultExtractor;
    ReportAnalysis a;
    a.text = text;
    a.folded = fold(text);
    const QString &folded = a.folded;
    a.layout = detectPageLayout(folded);
    a.meta = analyseMetadata(folded, a.layout, titleHint);
    if (a.meta.titleSpan.end > a.meta.titleSpan.start)
        a.meta.title = text.mid(a.meta.titleSpan.start, a.meta.titleSpan.end - a.meta.titleSpan.start).remove(u'\n').simplified();
    else
        a.meta.title = titleHint.simplified();
    a.meta.coveredPart = coveredPartOf(a.meta.title);
    // Lines a PDF's page width broke are read joined; positions come back to the original.
    const ReflowedText reflowed = reflowHardWrapped(text, folded, a.layout);
    if (!reflowed.changed()) {
        a.mentions = ex.extract(folded, a.layout, a.meta.year, a.meta.level, a.meta.region,
                                 a.meta.coveredPart);
    } else {
        a.mentions = ex.extract(reflowed.text, reflowed.layoutFromOriginal(a.layout), a.meta.year, a.meta.level, a.meta.region,
                                 a.meta.coveredPart);
        for (Mention &m : a.mentions) {
            m.start = reflowed.toOriginal(m.start);
            m.end = reflowed.toOriginalEnd(m.end);
            m.contextStart = reflowed.toOriginal(m.contextStart);
            m.contextEnd = reflowed.toOriginalEnd(m.contextEnd);
        }
    }
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
