// fazhi-workbench: the desktop workbench (a bare window until the reader lands).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fazhi"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("法治报告分析工作台 Fazhi Workbench"));
    window.setCentralWidget(new QLabel(QStringLiteral("fazhi-workbench"), &window));
    window.resize(1000, 700);
    window.show();
    return app.exec();
}
