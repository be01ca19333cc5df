#pragma once
// The rows an analysed report becomes in the library, computed from the analysis before the
// writer needs them: offsets in code points, JSON lists, the folded text the search index
// holds, each mention's sentence. An import computes them on its worker threads, so that the
// one thread that writes to the database only writes.
#include "reportanalysis.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace fz {

class OffsetMap;

struct MentionRow {
    QString key;
    double value = 0;
    QString unit;
    bool approximate = false;
    int start = 0;      // code points
    int end = 0;
    QString sentence;   // the clause(s) stating the value, trimmed
    bool headline = false;
};

struct ReportRows {
    QString contentHash;
    QString path;
    QString format;
    QString encoding;
    int bodyStart = 0;  // code points
    int bodyEnd = 0;
    QString chromeJson;
    QString title;
    QString region;
    QString parentsJson;
    QString level;
    int year = 0;       // 0: unknown
    QString published;
    QString regionCode;
    qint64 sizeBytes = -1;
    int charCount = 0;  // code points
    QString province;
    QString city;
    QByteArray textUtf8;       // the original text
    QString searchTitle;       // folded title
    QByteArray searchBodyUtf8; // folded text
    QVector<MentionRow> mentions;
};

ReportRows reportRows(const ReportAnalysis &analysis, qint64 sizeBytes = -1);
MentionRow mentionRow(const Mention &m, const QString &text, const OffsetMap &offsets);

QString jsonList(const QStringList &list);
QString spansToJson(const QVector<Span> &spans);

} // namespace fz
