#include "sentencepattern.h"

namespace fz {
namespace {

constexpr QChar kSentenceEnd = u'。';

bool isMeta(QChar c)
{
    return QStringView(u"\\^$.|?*+()[]{}").contains(c);
}

// Splits at | outside groups and classes.
QStringList topLevelAlternatives(const QString &p)
{
    QStringList out;
    int depth = 0;
    bool inClass = false;
    int from = 0;
    for (int i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\') { ++i; continue; }
        if (inClass) { if (c == u']') inClass = false; continue; }
        if (c == u'[') inClass = true;
        else if (c == u'(') ++depth;
        else if (c == u')') --depth;
        else if (c == u'|' && depth == 0) { out << p.mid(from, i - from); from = i + 1; }
    }
    out << p.mid(from);
    return out;
}

} // namespace

QStringList SentencePatterns::mandatoryWords(const QString &alt)
{
    // The current run is a set of words of equal length: a plain character extends each, a
    // class of a few plain characters multiplies them (十[一二三四]五 -> 十一五 … 十四五).
    QStringList best, run;
    auto better = [](const QStringList &a, const QStringList &b) {
        if (a.isEmpty()) return false;
        if (b.isEmpty()) return true;
        // Longer words are rarer; then fewer of them; then Chinese rather than digits.
        if (a.first().size() != b.first().size()) return a.first().size() > b.first().size();
        if (a.size() != b.size()) return a.size() < b.size();
        return a.first().at(0).unicode() > 0x7f && b.first().at(0).unicode() <= 0x7f;
    };
    auto close = [&] {
        if (better(run, best))
            best = run;
        run.clear();
    };
    auto extend = [&](const QString &chars) {
        if (!run.isEmpty() && run.size() * chars.size() > 16)
            close();
        if (run.isEmpty()) {
            for (QChar c : chars) run << QString(c);
            return;
        }
        QStringList longer;
        for (const QString &w : std::as_const(run))
            for (QChar c : chars) longer << w + c;
        run = longer;
    };
    int depth = 0;
    for (int i = 0; i < alt.size(); ++i) {
        const QChar c = alt.at(i);
        if (c == u'|' && depth == 0)
            return {}; // an alternation of its own: no one word is mandatory
        auto quantified = [&](int at) {
            const QChar q = at < alt.size() ? alt.at(at) : QChar();
            return q == u'?' || q == u'*' || q == u'{';
        };
        if (c == u'[') {
            int k = i + 1;
            QString chars;
            bool plain = k < alt.size() && alt.at(k) != u'^';
            for (; k < alt.size() && alt.at(k) != u']'; ++k) {
                if (alt.at(k) == u'\\') { plain = false; ++k; continue; }
                if (alt.at(k) == u'-' || isMeta(alt.at(k))) plain = false;
                chars += alt.at(k);
            }
            i = k;
            if (depth > 0 || !plain || chars.isEmpty() || chars.size() > 12 || quantified(k + 1)) {
                close();
                continue;
            }
            extend(chars);
            if (k + 1 < alt.size() && alt.at(k + 1) == u'+') close();
            continue;
        }
        if (c == u'\\') { close(); ++i; continue; }
        if (c == u'{') {
            close();
            while (i < alt.size() && alt.at(i) != u'}') ++i;
            continue;
        }
        if (c == u'(') { close(); ++depth; continue; }
        if (c == u')') { close(); --depth; continue; }
        if (depth > 0 || isMeta(c)) { close(); continue; }
        // A character that a quantifier may leave out is not mandatory.
        if (quantified(i + 1)) { close(); continue; }
        extend(QString(c));
        if (i + 1 < alt.size() && alt.at(i + 1) == u'+') close();
    }
    close();
    return best;
}

bool SentencePatterns::staysInSentence(const QString &p)
{
    for (int i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == kSentenceEnd)
            return false;
        if (c == u'\\') {
            // \s \d and escaped literals cannot be 。; negated and Unicode classes can, and
            // assertions about the subject's end would see the sentence's end instead.
            if (i + 1 < p.size() && QStringView(u"SWDHVNXCRpPwbBzZAGQEx0123456789").contains(p.at(i + 1)))
                return false;
            ++i;
            continue;
        }
        if (c == u'.' || c == u'$')
            return false;
        if (c == u'[') {
            int k = i + 1;
            const bool negated = k < p.size() && p.at(k) == u'^';
            if (negated) ++k;
            bool holdsEnd = false;
            for (; k < p.size() && p.at(k) != u']'; ++k) {
                if (p.at(k) == u'\\') {
                    if (k + 1 < p.size() && QStringView(u"xpPNSWDHVw0123456789").contains(p.at(k + 1)))
                        return false; // a code point or class written as an escape: not read here
                    ++k;
                    continue;
                }
                if (p.at(k) == u'[')
                    return false; // POSIX classes: not read here
                if (k + 2 < p.size() && p.at(k + 1) == u'-' && p.at(k + 2) != u']') {
                    holdsEnd = holdsEnd || (p.at(k) <= kSentenceEnd && kSentenceEnd <= p.at(k + 2));
                    k += 2;
                }
            }
            if (negated && !QStringView(p).mid(i, k - i).contains(kSentenceEnd))
                return false;
            if (!negated && holdsEnd)
                return false;
            i = k;
        }
    }
    return true;
}

int SentencePatterns::add(const QStringList &alternatives)
{
    Pattern p;
    QStringList parts;
    for (const QString &a : alternatives)
        parts << QStringLiteral("(?:%1)").arg(a);
    p.re.setPattern(alternatives.size() == 1 ? alternatives.first() : parts.join(u'|'));
    p.re.optimize();
    const int index = int(m_patterns.size());
    QStringList anchors;
    bool anchored = true;
    for (const QString &a : alternatives) {
        anchored = anchored && staysInSentence(a);
        for (const QString &alt : topLevelAlternatives(a)) {
            const QStringList words = anchored ? mandatoryWords(alt) : QStringList();
            anchored = anchored && !words.isEmpty();
            for (const QString &w : words)
                if (!anchors.contains(w))
                    anchors << w;
        }
    }
    if (anchored) {
        p.anchors = anchors;
        for (const QString &w : std::as_const(anchors))
            m_words.add(w, index, 0);
    }
    m_patterns.append(p);
    return index;
}

void SentencePatterns::forEachMatch(int index, QStringView text, const QVector<PhraseHit> &words,
                                    const std::function<void(const QRegularExpressionMatch &)> &found) const
{
    const Pattern &p = m_patterns.at(index);
    auto scan = [&](QStringView upTo, int from) {
        QRegularExpressionMatchIterator it = p.re.globalMatch(upTo, from);
        while (it.hasNext())
            found(it.next());
    };
    if (p.anchors.isEmpty()) {
        scan(text, 0);
        return;
    }
    // A match lies within one sentence (through its 。), so a sentence without any of the
    // pattern's words holds none, and the matches of the sentences in order are globalMatch's.
    int pos = 0;
    for (const PhraseHit &h : words) {
        if (h.kind != index || h.start < pos)
            continue;
        const int start = h.start == 0 ? 0 : int(text.lastIndexOf(kSentenceEnd, h.start - 1)) + 1;
        const qsizetype stop = text.indexOf(kSentenceEnd, h.start);
        const int end = stop < 0 ? int(text.size()) : int(stop) + 1;
        scan(text.left(end), qMax(start, pos));
        pos = end;
    }
}

} // namespace fz
