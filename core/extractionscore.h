#pragma once
// Scores extraction against hand-checked answers in the schema of ../shared/corpus/seeds.gold.json,
// exactly as ../shared/tools/score_extraction.py does (mention F1 over the core keys, headline
// accuracy, metadata accuracy), so tests and benchmarks need no Python.
#include "reportanalysis.h"
#include <QJsonObject>
#include <QStringList>

namespace fz {

struct ExtractionScore {
    int truePositives = 0, falsePositives = 0, falseNegatives = 0;
    int headlinesRight = 0, headlines = 0;
    int metadataRight = 0, metadata = 0;
    QStringList problems; // one line per miss, wrong mention, wrong headline or field

    double precision() const;
    double recall() const;
    double f1() const;
    double headlineAccuracy() const { return headlines ? double(headlinesRight) / headlines : 0; }
    double metadataAccuracy() const { return metadata ? double(metadataRight) / metadata : 0; }
    QString summary() const; // "SCORE mention_f1=… headline_acc=… meta_acc=…"
};

// gold: the object under "reports" (file name -> answers); analyses are matched by file name.
ExtractionScore scoreExtraction(const QJsonObject &goldReports, const QVector<ReportAnalysis> &analyses);

} // namespace fz
