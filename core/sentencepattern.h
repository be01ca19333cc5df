#pragma once
// Catalogue patterns matched over a report sentence by sentence, and only in sentences that
// hold one of a pattern's mandatory words. PCRE cannot skip ahead on Chinese first characters,
// so a pattern scanned whole tries every position of every report; one pass of a phrase
// matcher finds the few sentences that hold any pattern's words.
#include "phrasematcher.h"
#include <QRegularExpression>
#include <QStringList>
#include <functional>

namespace fz {

class SentencePatterns
{
public:
    // alternatives: one pattern's parts, joined with | (kept apart so that each part's words
    // can be read). Returns the pattern's index.
    int add(const QStringList &alternatives);
    int add(const QString &pattern) { return add(QStringList{pattern}); }

    // Where the patterns' words occur in text: one pass for all patterns.
    QVector<PhraseHit> wordsIn(QStringView text) const { return m_words.scan(text); }

    // Calls found(match) for every match of pattern index in text, as
    // QRegularExpression::globalMatch would find them; words: wordsIn(text).
    void forEachMatch(int index, QStringView text, const QVector<PhraseHit> &words,
                      const std::function<void(const QRegularExpressionMatch &)> &found) const;

    int size() const { return int(m_patterns.size()); }
    const QRegularExpression &expression(int index) const { return m_patterns.at(index).re; }
    // The words of which every match holds one; empty when the pattern is scanned whole.
    const QStringList &anchors(int index) const { return m_patterns.at(index).anchors; }

    // Words of which every match of one alternative contains one (the longest such run of
    // plain characters, or a few words when a short class is part of it), or none; and whether
    // a pattern can match across 。.
    static QStringList mandatoryWords(const QString &alternative);
    static bool staysInSentence(const QString &pattern);

private:
    struct Pattern {
        QRegularExpression re;
        QStringList anchors;
    };
    QVector<Pattern> m_patterns;
    PhraseMatcher m_words; // kind: the pattern's index
};

} // namespace fz
