// Extraction throughput, end to end per report: decode the bytes (in their real encodings and
// formats), fold, find the body and chrome, read the metadata, extract the indicators. The
// corpus is generated (the demo generator), so the figure is repeatable. Then one long document
// made of many reports, at three lengths, whose rate shows whether extraction stays linear.
//
//   fazhi-bench-extract [--count 3000] [--threads N] [--seed S]
#include "democorpus.h"
#include "indicatorextractor.h"
#include "pagelayout.h"
#include "plaintextreader.h"
#include "reportanalysis.h"
#include "reportmetadata.h"
#include "textdecoder.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace fz;

namespace {
struct Input {
    QByteArray bytes;
    bool html;
    QString text;
};

double seconds(qint64 ns) { return double(ns) / 1e9; }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    DemoOptions o;
    o.count = 3000;
    int threads = QThread::idealThreadCount();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--count")) o.count = args[i + 1].toInt();
        if (args[i] == QLatin1String("--threads")) threads = args[i + 1].toInt();
        if (args[i] == QLatin1String("--seed")) o.seed = args[i + 1].toUInt();
    }
    o.nationalPanel = o.count > 400;
    std::vector<Input> inputs;
    qint64 totalBytes = 0;
    DemoCorpus::generate(o, [&](DemoReport &&r) {
        QByteArray b = r.encoding == QLatin1String("UTF-8") ? r.text.toUtf8()
                                                            : encodeText(r.text, r.encoding, r.encoding.startsWith(QLatin1String("UTF-16")));
        totalBytes += b.size();
        inputs.push_back({b, r.format == QLatin1String("html"), r.text});
    });
    const IndicatorExtractor extractor;
    const PlainTextReader txt;
    const HtmlReader html;
    if (args.contains(QLatin1String("--extract-only"))) {
        // For profiling the extractor alone: prepare once, extract five times.
        struct Prepared { QString folded; PageLayout layout; ReportMetadata meta; };
        std::vector<Prepared> prepared;
        for (const Input &in : inputs) {
            const ReadDocument doc = in.html ? html.read(in.bytes) : txt.read(in.bytes);
            Prepared p{fold(doc.text), {}, {}};
            p.layout = detectPageLayout(p.folded);
            p.meta = analyseMetadata(p.folded, p.layout, doc.titleHint);
            prepared.push_back(p);
        }
        QElapsedTimer t;
        t.start();
        long n = 0;
        for (int r = 0; r < 5; ++r)
            for (const Prepared &p : prepared)
                n += extractor.extract(p.folded, p.layout, p.meta.year, p.meta.level).size();
        std::printf("extract only: %.3f s for 5 passes (%ld mentions), %.1f MB/s\n", seconds(t.nsecsElapsed()), n,
                    5 * double(totalBytes) / 1e6 / seconds(t.nsecsElapsed()));
        return 0;
    }
    std::printf("corpus: %zu reports, %.1f MB (demo generator, seed %u), %d thread(s) available\n", inputs.size(),
                double(totalBytes) / 1e6, o.seed, QThread::idealThreadCount());

    // One thread, stage by stage.
    qint64 tDecode = 0, tFold = 0, tLayout = 0, tMeta = 0, tExtract = 0;
    long mentions = 0;
    QElapsedTimer total;
    total.start();
    for (const Input &in : inputs) {
        QElapsedTimer t;
        t.start();
        const ReadDocument doc = in.html ? html.read(in.bytes) : txt.read(in.bytes);
        tDecode += t.nsecsElapsed();
        t.restart();
        const QString folded = fold(doc.text);
        tFold += t.nsecsElapsed();
        t.restart();
        const PageLayout layout = detectPageLayout(folded);
        tLayout += t.nsecsElapsed();
        t.restart();
        const ReportMetadata meta = analyseMetadata(folded, layout, doc.titleHint);
        tMeta += t.nsecsElapsed();
        t.restart();
        mentions += extractor.extract(folded, layout, meta.year, meta.level).size();
        tExtract += t.nsecsElapsed();
    }
    const double single = seconds(total.nsecsElapsed());
    const double mb = double(totalBytes) / 1e6;
    std::printf("\none thread (%ld mentions):\n", mentions);
    std::printf("  %-26s %8s %10s\n", "stage", "seconds", "MB/s");
    for (auto [name, ns] : std::initializer_list<std::pair<const char *, qint64>>{
             {"decode (+ HTML to text)", tDecode}, {"fold", tFold}, {"body and chrome", tLayout},
             {"metadata", tMeta}, {"indicators", tExtract}})
        std::printf("  %-26s %8.3f %10.1f\n", name, seconds(ns), mb / seconds(ns));
    std::printf("  %-26s %8.3f %10.1f   %.0f reports/s\n", "end to end", single, mb / single, inputs.size() / single);

    // Every core.
    for (int n : {1, threads}) {
        if (n < 1) continue;
        std::atomic<size_t> next{0};
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> pool;
        for (int k = 0; k < n; ++k)
            pool.emplace_back([&] {
                for (size_t i = next++; i < inputs.size(); i = next++) {
                    const ReportAnalysis a = [&] {
                        const ReadDocument doc = inputs[i].html ? html.read(inputs[i].bytes) : txt.read(inputs[i].bytes);
                        return analyseText(doc.text, doc.titleHint, &extractor);
                    }();
                    (void)a;
                }
            });
        for (std::thread &t : pool) t.join();
        const double s = seconds(wall.nsecsElapsed());
        std::printf("\n%d thread(s), analyseText end to end: %.3f s, %.1f MB/s (%.1f MB/s per core), %.0f reports/s\n", n, s,
                    mb / s, mb / s / n, inputs.size() / s);
    }

    // One long document (a compiled volume of many reports): the rate must not fall with length.
    std::printf("\none long document, analyseText on one thread:\n");
    for (size_t k : {size_t(100), size_t(400), size_t(1600)}) {
        if (k > inputs.size())
            break;
        QString joined;
        for (size_t i = 0; i < k; ++i)
            joined += inputs[i].text + QLatin1Char('\n');
        const double bytes = double(joined.toUtf8().size()) / 1e6;
        QElapsedTimer t;
        t.start();
        const ReportAnalysis a = analyseText(joined, QString(), &extractor);
        const double s = seconds(t.nsecsElapsed());
        std::printf("  %5zu reports joined, %5.1f MB: %7.3f s, %5.1f MB/s (%lld mentions)\n", k, bytes, s, bytes / s,
                    qlonglong(a.mentions.size()));
    }
    return 0;
}
