// A payment's receipt: its text (estate, unit, number, time in the estate's zone, method, the
// lines paid, credit, total in figures and in Chinese capitals, who recorded it), a phone's
// number marked provisional until the server confirms it, and the PDF — a real one, whose
// text pdftotext reads back when poppler-utils is installed.
#include "feestestutil.h"

#include "fees/paymentdetail.h"
#include "fees/receiptwriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace FeesTest;

class TestReceiptWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void theReceiptsText()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        ReceiptWriter writer;
        writer.setStore(store.get());
        writer.setPaymentId(u"p-1"_s);
        const QStringList lines = writer.lines();
        const QStringList expected{u"翠湖花园 — Receipt"_s,
                                   u"Unit: 3栋 1202"_s,
                                   u"Receipt no.: R202611-000001"_s,
                                   u"Paid: 5 Nov 2026, 10:30"_s,
                                   u"Method: WeChat Pay"_s,
                                   u"Oct 2026 · 物业费 · ¥210.02"_s,
                                   u"Oct 2026 · 停车费 · ¥150.00"_s,
                                   u"Kept as credit: ¥39.98"_s,
                                   u"Total: ¥400.00"_s,
                                   u"In words: 肆佰元整"_s,
                                   u"Recorded by: 李娜"_s};
        QCOMPARE(lines, expected);

        // The page shows the same.
        PaymentDetail detail;
        detail.setStore(store.get());
        detail.setPaymentId(u"p-1"_s);
        QCOMPARE(detail.totalText(), u"¥400.00"_s);
        QCOMPARE(detail.capitals(), u"肆佰元整"_s);
        QCOMPARE(detail.lines().size(), 2);
        QVERIFY(!detail.provisional());

        // Part of a bill: one line with its items; a reversal says so.
        writer.setPaymentId(u"p-3"_s);
        const QStringList reversed = writer.lines();
        QVERIFY2(reversed.contains(u"Nov 2026 · 物业费, 停车费 · ¥50.00"_s), qPrintable(reversed.join(u'\n')));
        QCOMPARE(reversed.last(), u"Reversed on 22 Nov 2026, 10:00: Transfer bounced"_s);
        QVERIFY(reversed.contains(u"In words: 伍拾元整"_s));
    }

    void aPhonesNumberIsProvisional()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        QVERIFY(put(*store, u"payment"_s, payment(u"p-5"_s, 12345, u"cash"_s, u"2026-12-01T03:00:00.000Z"_s,
                                                  {{u"bill-2026-12"_s, 12345}}), 9));
        ReceiptWriter writer;
        writer.setStore(store.get());
        writer.setPaymentId(u"p-5"_s);
        const QStringList lines = writer.lines();
        QCOMPARE(lines.at(2), u"Receipt no.: D7-p-5 (provisional: not yet confirmed by the property office)"_s);
        QVERIFY(lines.contains(u"In words: 壹佰贰拾叁元肆角伍分"_s));
        writer.setPaymentId(u"nope"_s);
        QVERIFY(writer.lines().isEmpty());
        QCOMPARE(writer.save(), QString());
        QVERIFY(!writer.errorText().isEmpty());
    }

    void thePdf()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        ReceiptWriter writer;
        writer.setStore(store.get());
        writer.setPaymentId(u"p-1"_s);
        QCOMPARE(writer.folder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Courtyard"_s);
        writer.setFolder(dir.filePath(u"Documents/Courtyard"_s));
        const QString path = writer.save();
        QVERIFY2(!path.isEmpty(), qPrintable(writer.errorText()));
        QCOMPARE(writer.savedPath(), path);
        QCOMPARE(path, dir.filePath(u"Documents/Courtyard/receipt-R202611-000001.pdf"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 1000);

        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
        QProcess read;
        read.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(read.waitForFinished(30000));
        QCOMPARE(read.exitCode(), 0);
        const QString text = QString::fromUtf8(read.readAllStandardOutput());
        for (const QString &expected : {u"翠湖花园"_s, u"3栋 1202"_s, u"R202611-000001"_s, u"WeChat Pay"_s, u"物业费"_s,
                                        u"¥210.02"_s, u"¥400.00"_s, u"肆佰元整"_s, u"李娜"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    }
};

QTEST_MAIN(TestReceiptWriter) // QPdfWriter and fonts need a QGuiApplication
#include "tst_receiptwriter.moc"
