// The library at scale: corpora of 1,000, 10,000 and 100,000 demo reports, and for each the
// import rate against a bare bulk insert of the same files, extraction alone, opening the
// library in the workbench, chart queries, full-text search, peak memory and size on disk.
//
//   fazhi-bench-scale [--sizes 1000,10000,100000] [--dir /tmp/fazhi-scale] [--threads N]
//
// Every measured stage runs in a fresh child process of this program (--stage …), so that its
// peak memory (VmHWM) is its own. Corpora are generated once per size and kept in --dir.
#include "comparisondata.h"
#include "database.h"
#include "democorpus.h"
#include "importjob.h"
#include "indicatorcatalogue.h"
#include "reportanalysis.h"
#include "reportstore.h"

#include "comparisonview.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "reportpanel.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QUndoStack>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace fz;

namespace {

double secondsSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; }
double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// Peak resident memory of this process, in MB (Linux /proc).
double peakMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// CPU seconds (user + system) this process has used: divided by wall time, the cores kept busy.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QStringList corpusFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.txt"), QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

qint64 bytesOf(const QStringList &files)
{
    qint64 n = 0;
    for (const QString &f : files)
        n += QFileInfo(f).size();
    return n;
}

qint64 librarySize(const QString &db)
{
    qint64 n = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        n += QFileInfo(db + suffix).size();
    return n;
}

void emitResult(const QJsonObject &o)
{
    std::printf("RESULT %s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// ---- stages (each in its own process) ----

// The same files inserted into a bare SQLite table in one transaction: the floor any import
// is measured against. Same driver, same journal settings as the library.
int stageBare(const QString &corpus, const QString &dbPath)
{
    QFile::remove(dbPath);
    const QStringList files = corpusFiles(corpus);
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(dbPath);
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("CREATE TABLE texts (id INTEGER PRIMARY KEY, path TEXT, content BLOB)"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO texts (path, content) VALUES (?, ?)"));
        for (const QString &f : files) {
            QFile in(f);
            if (!in.open(QIODevice::ReadOnly))
                return 1;
            q.bindValue(0, f);
            q.bindValue(1, in.readAll());
            if (!q.exec()) {
                std::fprintf(stderr, "bare insert: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
        }
        db.commit();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    emitResult({{QStringLiteral("seconds"), secondsSince(t)}, {QStringLiteral("reports"), files.size()},
                {QStringLiteral("bytes"), double(bytesOf(files))}, {QStringLiteral("peakMb"), peakMemoryMb()}});
    return 0;
}

int stageImport(const QString &corpus, const QString &dbPath, int threads)
{
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    ImportJob job(dbPath, {corpus});
    if (threads > 0)
        job.setThreadCount(threads);
    const double cpu0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    const ImportSummary s = job.run();
    const double wall = secondsSince(t);
    if (!s.fatal.isEmpty() || s.failed > 0) {
        std::fprintf(stderr, "import failed: %s (%d failed)\n", qPrintable(s.fatal), s.failed);
        return 1;
    }
    emitResult({{QStringLiteral("seconds"), wall}, {QStringLiteral("reports"), s.added},
                {QStringLiteral("duplicates"), s.duplicates}, {QStringLiteral("cores"), (cpuSeconds() - cpu0) / wall},
                {QStringLiteral("peakMb"), peakMemoryMb()}, {QStringLiteral("dbBytes"), double(librarySize(dbPath))}});
    return 0;
}

// Reading, decoding and extraction without storage, on every core.
int stageExtract(const QString &corpus, int threads)
{
    const QStringList files = corpusFiles(corpus);
    const IndicatorExtractor extractor;
    std::atomic<int> next{0};
    std::atomic<long> mentions{0};
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> pool;
    for (int k = 0; k < threads; ++k)
        pool.emplace_back([&] {
            for (int i = next++; i < files.size(); i = next++)
                mentions += analyseFile(files.at(i), &extractor).mentions.size();
        });
    for (std::thread &th : pool)
        th.join();
    emitResult({{QStringLiteral("seconds"), secondsSince(t)}, {QStringLiteral("bytes"), double(bytesOf(files))},
                {QStringLiteral("threads"), threads}, {QStringLiteral("mentions"), double(mentions.load())}});
    return 0;
}

// Chart queries (every indicator over all regions and years) and full-text searches.
int stageQueries(const QString &dbPath)
{
    QElapsedTimer t;
    t.start();
    QString error;
    auto db = Database::open(dbPath, Database::Mode::ReadOnly, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double openMs = msSince(t);
    // As the workbench draws: every indicator over all regions and years, sources fetched on
    // hover. And as an export reads them: with every sentence.
    // Each indicator three times: the first answer (nothing of it cached by SQLite yet) and the
    // median of three.
    std::vector<double> first, chart, exported;
    int values = 0;
    for (const IndicatorDef &def : IndicatorCatalogue::builtin().indicators()) {
        ComparisonQuery q;
        q.keys = {def.key};
        q.withSources = false;
        std::vector<double> runs;
        int n = 0;
        for (int run = 0; run < 3; ++run) {
            t.restart();
            n = int(ComparisonData::query(*db, q).size());
            runs.push_back(msSince(t));
        }
        values += n;
        first.push_back(runs.front());
        std::sort(runs.begin(), runs.end());
        chart.push_back(runs[1]);
        if (qEnvironmentVariableIsSet("FAZHI_BENCH_VERBOSE"))
            std::fprintf(stderr, "%s: %d values, first %.1f ms, median %.1f ms\n", qPrintable(def.key), n, first.back(), chart.back());
    }
    std::sort(first.begin(), first.end());
    for (const IndicatorDef &def : IndicatorCatalogue::builtin().indicators()) {
        if (qEnvironmentVariableIsSet("FAZHI_BENCH_CHARTS_ONLY"))
            break;
        ComparisonQuery q;
        q.keys = {def.key};
        t.restart();
        ComparisonData::query(*db, q);
        exported.push_back(msSince(t));
    }
    std::sort(chart.begin(), chart.end());
    std::sort(exported.begin(), exported.end());
    if (exported.empty())
        exported.push_back(0);
    QJsonObject search;
    ReportStore store(*db);
    // Common words, a place name, a phrase found in few reports, and a two-character word
    // (below the trigram length: a scan).
    for (const QString &term : {QStringLiteral("行政复议"), QStringLiteral("静海区"), QStringLiteral("行政执法三项制度"),
                                QStringLiteral("复议")}) {
        t.restart();
        const int hits = int(store.search(term, 200).size());
        const double ms = msSince(t);
        // The library window also counts every hit, for its total.
        QVariantList binds;
        QSqlQuery count(db->db());
        count.prepare(QStringLiteral("SELECT count(*) FROM reports r WHERE ") +
                      ReportStore::searchCondition(term, QStringLiteral("r"), &binds, db->backend()));
        for (const QVariant &b : binds)
            count.addBindValue(b);
        t.restart();
        const int all = count.exec() && count.next() ? count.value(0).toInt() : -1;
        search.insert(term, QJsonObject{{QStringLiteral("ms"), ms}, {QStringLiteral("hits"), hits},
                                        {QStringLiteral("countMs"), msSince(t)}, {QStringLiteral("count"), all}});
    }
    emitResult({{QStringLiteral("openMs"), openMs}, {QStringLiteral("chartMedianMs"), chart[chart.size() / 2]},
                {QStringLiteral("chartMaxMs"), chart.back()}, {QStringLiteral("chartValues"), values},
                {QStringLiteral("exportMaxMs"), exported.back()}, {QStringLiteral("chartFirstMaxMs"), first.back()},
                {QStringLiteral("search"), search}});
    return 0;
}

// The workbench on the library: open it and show the first rows, open a report, draw a chart;
// peak memory of the whole GUI process.
int stageGui(int argc, char *argv[], const QString &dbPath)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("fazhi-bench")); // not the user's settings
    LibrarySession session;
    QUndoStack undo;
    MainWindow window(&session, &undo);
    window.setOfferDemo(false);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();

    QElapsedTimer t;
    t.start();
    if (!window.openDatabase(dbPath, false))
        return 1;
    QApplication::processEvents();
    window.library()->view()->viewport()->repaint();
    const double openMs = msSince(t);
    const int rows = window.library()->model()->rowCount();
    const int total = window.library()->model()->totalCount();

    t.restart();
    window.openReport(window.library()->model()->reportId(0));
    QApplication::processEvents();
    const double reportMs = msSince(t);

    t.restart();
    window.tabs()->setCurrentWidget(window.comparison());
    window.comparison()->setIndicators({QStringLiteral("reconsideration.received")});
    window.comparison()->refresh();
    QApplication::processEvents();
    const double chartMs = msSince(t);

    // Scrolling to the end of the library fetches page after page.
    t.restart();
    window.library()->view()->scrollToBottom();
    QApplication::processEvents();
    const double scrollMs = msSince(t);

    emitResult({{QStringLiteral("openMs"), openMs}, {QStringLiteral("rows"), rows}, {QStringLiteral("total"), total},
                {QStringLiteral("reportMs"), reportMs}, {QStringLiteral("chartMs"), chartMs},
                {QStringLiteral("scrollMs"), scrollMs}, {QStringLiteral("peakMb"), peakMemoryMb()}});
    session.close();
    return 0;
}

// ---- the driver ----

QJsonObject runStage(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--stage")} + args);
    p.waitForFinished(-1);
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("RESULT "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    std::fprintf(stderr, "stage %s failed (exit %d)\n", qPrintable(args.join(u' ')), p.exitCode());
    return {};
}

bool ensureCorpus(int count, const QString &dir)
{
    const QString marker = dir + QStringLiteral("/.complete");
    if (QFile::exists(marker))
        return true;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    DemoOptions o;
    o.count = count;
    o.seed = 20261123;
    o.nationalPanel = true;
    std::printf("generating %d reports in %s …\n", count, qPrintable(dir));
    std::fflush(stdout);
    QString error;
    bool ok = true;
    int n = 0;
    DemoCorpus::generate(o, [&](DemoReport &&r) {
        // A thousand files per folder, as an archive of downloads would be organised.
        const QString sub = QStringLiteral("%1/%2").arg(dir).arg(n++ / 1000, 3, 10, QLatin1Char('0'));
        if (n % 1000 == 1)
            QDir().mkpath(sub);
        if (ok && !DemoCorpus::writeReport(r, sub, &error))
            ok = false;
    });
    if (!ok) {
        std::fprintf(stderr, "cannot write the corpus: %s\n", qPrintable(error));
        return false;
    }
    QFile m(marker);
    return m.open(QIODevice::WriteOnly);
}

struct Row {
    int count = 0;
    double mb = 0;
    QJsonObject bare, import, extract, queries, gui;
};

void printTable(const std::vector<Row> &rows)
{
    auto line = [&](const char *label, const std::function<QString(const Row &)> &cell, const char *growth = "") {
        std::printf("%-44s", label);
        for (const Row &r : rows)
            std::printf(" %14s", qPrintable(cell(r)));
        std::printf("  %s\n", growth);
    };
    auto num = [](double v, int decimals = 1) { return QString::number(v, 'f', decimals); };
    std::printf("\n%-44s", "reports");
    for (const Row &r : rows)
        std::printf(" %14d", r.count);
    std::printf("\n");
    line("corpus MB (files as published)", [&](const Row &r) { return num(r.mb); });
    line("bare bulk insert: reports/s", [&](const Row &r) { return num(r.count / r.bare[QLatin1String("seconds")].toDouble(), 0); });
    line("bare bulk insert: MB/s", [&](const Row &r) { return num(r.mb / r.bare[QLatin1String("seconds")].toDouble()); });
    line("import end to end: reports/s", [&](const Row &r) { return num(r.count / r.import[QLatin1String("seconds")].toDouble(), 0); });
    line("import end to end: MB/s", [&](const Row &r) { return num(r.mb / r.import[QLatin1String("seconds")].toDouble()); });
    line("import rate / bare insert rate", [&](const Row &r) {
        return num(r.bare[QLatin1String("seconds")].toDouble() / r.import[QLatin1String("seconds")].toDouble(), 2);
    }, "(target >= 0.33)");
    line("import: cores kept busy (CPU s / wall s)", [&](const Row &r) { return num(r.import[QLatin1String("cores")].toDouble(), 2); });
    line("import: peak memory MB", [&](const Row &r) { return num(r.import[QLatin1String("peakMb")].toDouble(), 0); });
    line("extraction alone: MB/s per core", [&](const Row &r) {
        return num(r.mb / r.extract[QLatin1String("seconds")].toDouble() / r.extract[QLatin1String("threads")].toInt());
    });
    line("library size: KB per report", [&](const Row &r) { return num(r.import[QLatin1String("dbBytes")].toDouble() / 1024 / r.count); });
    line("library size: MB", [&](const Row &r) { return num(r.import[QLatin1String("dbBytes")].toDouble() / 1e6); });
    line("open library (core): ms", [&](const Row &r) { return num(r.queries[QLatin1String("openMs")].toDouble()); });
    line("chart query, all regions/years: median ms", [&](const Row &r) { return num(r.queries[QLatin1String("chartMedianMs")].toDouble()); });
    line("chart query, all regions/years: slowest ms", [&](const Row &r) { return num(r.queries[QLatin1String("chartMaxMs")].toDouble()); }, "(target < 200)");
    line("  the same, first time asked: slowest ms", [&](const Row &r) { return num(r.queries[QLatin1String("chartFirstMaxMs")].toDouble()); });
    line("same with every sentence (CSV export): max ms", [&](const Row &r) { return num(r.queries[QLatin1String("exportMaxMs")].toDouble()); });
    // Labels in ASCII so that the columns line up; the word searched for ends the line.
    const std::pair<const char *, QString> searches[] = {
        {"search, 2 characters (a scan): ms (hits)", QStringLiteral("复议")},
        {"search, common 4 characters: ms (hits)", QStringLiteral("行政复议")},
        {"search, phrase of 8 characters: ms (hits)", QStringLiteral("行政执法三项制度")},
        {"search, a place name: ms (hits)", QStringLiteral("静海区")}};
    for (const auto &[label, term] : searches) {
        const QByteArray word = term.toUtf8();
        line(label, [&, term = term](const Row &r) {
            const QJsonObject s = r.queries[QLatin1String("search")].toObject()[term].toObject();
            return QStringLiteral("%1 (%2)").arg(num(s[QLatin1String("ms")].toDouble())).arg(s[QLatin1String("hits")].toInt());
        }, word.constData());
    }
    for (const auto &[label, term] : searches) {
        const QByteArray countLabel = QByteArray("  count of every hit") + QByteArray(label).mid(QByteArray(label).indexOf(','));
        const QByteArray word = term.toUtf8();
        line(countLabel.constData(), [&, term = term](const Row &r) {
            const QJsonObject s = r.queries[QLatin1String("search")].toObject()[term].toObject();
            return QStringLiteral("%1 (%2)").arg(num(s[QLatin1String("countMs")].toDouble())).arg(s[QLatin1String("count")].toInt());
        }, word.constData());
    }
    line("GUI: open library, first rows shown: ms", [&](const Row &r) { return num(r.gui[QLatin1String("openMs")].toDouble()); }, "(target < 1000)");
    line("GUI: open first report: ms", [&](const Row &r) { return num(r.gui[QLatin1String("reportMs")].toDouble()); });
    line("GUI: draw a comparison chart: ms", [&](const Row &r) { return num(r.gui[QLatin1String("chartMs")].toDouble()); });
    line("GUI: scroll to the end of the library: ms", [&](const Row &r) { return num(r.gui[QLatin1String("scrollMs")].toDouble()); });
    line("GUI: peak memory MB", [&](const Row &r) { return num(r.gui[QLatin1String("peakMb")].toDouble(), 0); }, "(target < 400)");
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], "--stage") == 0) {
        const QString stage = QString::fromLocal8Bit(argv[2]);
        if (stage == QLatin1String("gui") && argc > 3)
            return stageGui(argc, argv, QString::fromLocal8Bit(argv[3]));
        QCoreApplication app(argc, argv);
        const QStringList a = app.arguments();
        if (stage == QLatin1String("bare") && a.size() > 4) return stageBare(a[3], a[4]);
        if (stage == QLatin1String("import") && a.size() > 5) return stageImport(a[3], a[4], a[5].toInt());
        if (stage == QLatin1String("extract") && a.size() > 4) return stageExtract(a[3], a[4].toInt());
        if (stage == QLatin1String("queries") && a.size() > 3) return stageQueries(a[3]);
        std::fprintf(stderr, "unknown stage\n");
        return 2;
    }

    QCoreApplication app(argc, argv);
    QList<int> sizes{1000, 10000, 100000};
    QString dir = QDir::temp().filePath(QStringLiteral("fazhi-scale"));
    int threads = QThread::idealThreadCount();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(u','))
                sizes << s.toInt();
        }
        if (args[i] == QLatin1String("--dir")) dir = args[i + 1];
        if (args[i] == QLatin1String("--threads")) threads = args[i + 1].toInt();
    }
    std::printf("fazhi-bench-scale: %d core(s), %d import/extraction thread(s), work in %s\n",
                QThread::idealThreadCount(), threads, qPrintable(dir));
    std::vector<Row> rows;
    for (int n : sizes) {
        const QString corpus = QStringLiteral("%1/corpus-%2").arg(dir).arg(n);
        if (!ensureCorpus(n, corpus))
            return 1;
        Row r;
        r.count = n;
        r.mb = double(bytesOf(corpusFiles(corpus))) / 1e6;
        const QString bare = QStringLiteral("%1/bare-%2.sqlite").arg(dir).arg(n);
        const QString lib = QStringLiteral("%1/library-%2.sqlite").arg(dir).arg(n);
        std::printf("%d reports: bare insert …", n);
        std::fflush(stdout);
        r.bare = runStage({QStringLiteral("bare"), corpus, bare});
        std::printf(" import …");
        std::fflush(stdout);
        r.import = runStage({QStringLiteral("import"), corpus, lib, QString::number(threads)});
        std::printf(" extraction …");
        std::fflush(stdout);
        r.extract = runStage({QStringLiteral("extract"), corpus, QString::number(threads)});
        std::printf(" queries …");
        std::fflush(stdout);
        r.queries = runStage({QStringLiteral("queries"), lib});
        std::printf(" workbench …\n");
        std::fflush(stdout);
        r.gui = runStage({QStringLiteral("gui"), lib});
        QFile::remove(bare);
        QFile::remove(bare + QStringLiteral("-wal"));
        QFile::remove(bare + QStringLiteral("-shm"));
        if (r.bare.isEmpty() || r.import.isEmpty() || r.extract.isEmpty() || r.queries.isEmpty() || r.gui.isEmpty())
            return 1;
        rows.push_back(r);
    }
    printTable(rows);
    return 0;
}
