#include <QTest>
class TestFeeAccess : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestFeeAccess)
#include "tst_feeaccess.moc"
