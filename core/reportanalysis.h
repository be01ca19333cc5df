#pragma once
// One report, read and understood: its decoded text, body and chrome, metadata and indicator
// mentions. The same analysis serves `fazhi extract`, import, and re-extraction.
#include "documentreader.h"
#include "indicatorextractor.h"
#include "pagelayout.h"
#include "reportmetadata.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace fz {

struct ReportAnalysis {
    QString path;           // as given
    QString text;           // decoded original text; offsets point into it
    QString folded;         // the same folded (simplified, half-width): what search indexes
    QString encoding;
    QString format;
    PageLayout layout;
    ReportMetadata meta;    // title in original characters
    QVector<Mention> mentions;
    QByteArray contentHash; // identifies the same text imported twice
    QString error;          // one line; the rest is empty when set
    bool ok() const { return error.isEmpty(); }
};

// Analyses text already decoded.
ReportAnalysis analyseText(const QString &text, const QString &titleHint = {},
                           const IndicatorExtractor *extractor = nullptr);

// Reads (any supported format), decodes and analyses a file.
ReportAnalysis analyseFile(const QString &path, const IndicatorExtractor *extractor = nullptr);

// The hash used to recognise a text imported twice: SHA-256 of the text without white space.
QByteArray contentHash(const QString &text);

} // namespace fz
