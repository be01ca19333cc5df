// fazhi-workbench: the desktop workbench.
#include "editcommands.h"
#include "indicatorstyle.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "reportpanel.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

namespace {

// Installs the translations for a language ("zh_CN", "en"); returns the language used.
QString installTranslations(QApplication &app, const QString &requested, QTranslator *ours, QTranslator *qt)
{
    app.removeTranslator(ours);
    app.removeTranslator(qt);
    const QString language = requested.isEmpty() ? QLocale::system().name() : requested;
    const bool chinese = language.startsWith(QLatin1String("zh"));
    if (chinese && ours->load(QStringLiteral(":/i18n/fazhi_zh_CN.qm")))
        app.installTranslator(ours);
    else if (!chinese && ours->load(QStringLiteral(":/i18n/fazhi_en.qm")))
        app.installTranslator(ours);
    if (qt->load(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    fz::IndicatorStyle::setLanguage(chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    return chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fazhi"));
    QApplication::setOrganizationName(QStringLiteral("fazhi"));
    QApplication::setApplicationDisplayName(QStringLiteral("法治报告分析工作台 Fazhi Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fazhi-workbench.svg")));

    QTranslator ours, qt;
    installTranslations(app, QSettings().value(QStringLiteral("ui/language")).toString(), &ours, &qt);

    fz::LibrarySession session;
    QUndoStack undo;
    QPointer<fz::MainWindow> window;
    fz::EditCommand::setErrorHandler([&window](const QString &message) {
        QMessageBox::warning(window, QObject::tr("Change not saved"), message);
    });
    // The language can change while running: the window is rebuilt around the same library.
    std::function<void()> build = [&]() {
        window = new fz::MainWindow(&session, &undo);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &fz::MainWindow::languageChangeRequested, &app, [&](const QString &language) {
            QSettings().setValue(QStringLiteral("ui/language"), installTranslations(app, language, &ours, &qt));
            const qint64 report = window->reportPanel()->reportId();
            QSettings().setValue(QStringLiteral("library/lastReport"), report);
            window->setAttribute(Qt::WA_DeleteOnClose, false);
            window->close();
            window->deleteLater();
            QTimer::singleShot(0, &app, [&] {
                build();
                window->restoreSession();
                window->show();
            });
        });
    };
    build();
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first().endsWith(QLatin1String(".sqlite")))
        window->openDatabase(args.first(), true);
    window->restoreSession();
    window->show();
    return app.exec();
}
