#include "textdecoder.h"
#include "textfold.h"

#include <QCoreApplication>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <QHash>
#include <QSet>
#include <QVector>
#include <memory>

namespace fz {
namespace {

struct Candidate {
    QString encoding;
    QString text;
    int errors = 0;
    double plausibility = 0;
};

// Counts conversion errors, then substitutes as ICU would.
void countingCallback(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                      int32_t length, UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR)
        ++*static_cast<int *>(const_cast<void *>(context));
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

bool icuDecode(const QByteArray &bytes, const QString &encoding, QString *out, int *errors)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(
        ucnv_open(encoding.toLatin1().constData(), &status), &ucnv_close);
    if (U_FAILURE(status))
        return false;
    *errors = 0;
    const void *oldContext = nullptr;
    UConverterToUCallback oldAction = nullptr;
    ucnv_setToUCallBack(conv.get(), countingCallback, errors, &oldAction, &oldContext, &status);
    if (U_FAILURE(status))
        return false;
    QString result(bytes.size() + 16, Qt::Uninitialized);
    int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(result.data()), result.size(),
                              bytes.constData(), bytes.size(), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        *errors = 0;
        result.resize(n + 1);
        n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(result.data()), result.size(),
                          bytes.constData(), bytes.size(), &status);
    }
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING)
        return false;
    result.resize(n);
    *out = result;
    return true;
}

// Frequent Chinese characters (simplified); their traditional forms are added through the
// folding table. Real Chinese prose is dense in these, mis-decoded bytes are not.
const char16_t kCommon[] =
    u"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过"
    u"发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本"
    u"前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最"
    u"重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任"
    u"常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少"
    u"报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基"
    u"眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉"
    u"术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近"
    u"失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请"
    u"技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广"
    u"显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土"
    u"投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝"
    u"奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育"
    u"属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送"
    u"急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射"
    u"略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈"
    u"刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒"
    u"岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味"
    u"野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐"
    u"遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺"
    u"输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君"
    u"禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握"
    u"戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替"
    u"塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏"
    u"忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尺纷抢"
    u"罚诉讼复议执法依规范政府建设推进落实加强完善开展工作年度报告情况全面深化改革监督检查处罚案件";

const QSet<char16_t> &commonChars()
{
    static const QSet<char16_t> set = [] {
        QSet<char16_t> s;
        for (const char16_t *p = kCommon; *p; ++p)
            s.insert(*p);
        return s;
    }();
    return set;
}

// Share of characters that belong in Chinese prose; control characters and replacement
// characters count against it.
double plausibility(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QSet<char16_t> &common = commonChars();
    const TextFolder &folder = TextFolder::instance();
    qsizetype good = 0, bad = 0, considered = 0;
    const qsizetype limit = qMin<qsizetype>(text.size(), 200000);
    for (qsizetype i = 0; i < limit; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == u' ')
            continue;
        ++considered;
        if (c == 0xFFFD || c == 0x1A || (c < 0x20) || (c >= 0x7F && c < 0xA0) || (c >= 0xE000 && c < 0xF900))
            ++bad;
        else if (c < 0x7F)
            ++good;
        else if (c >= 0x3000 && c < 0x3040)
            ++good; // CJK punctuation
        else if (c >= 0xFF00 && c < 0xFFF0)
            ++good; // full-width forms
        else if (common.contains(folder.foldChar(c)))
            ++good;
    }
    if (considered == 0)
        return 1.0;
    return (double(good) - 4.0 * double(bad)) / double(considered);
}

bool hasNul(const QByteArray &bytes)
{
    return bytes.contains('\0');
}

// Strict UTF-8: no overlongs, no surrogates, nothing past U+10FFFF.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) { ++p; continue; }
        int extra;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { extra = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { extra = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { extra = 3; cp = c & 0x07; }
        else return false;
        if (end - p <= extra) return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

QStringList icuGuesses(const QByteArray &bytes)
{
    QStringList out;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status))
        return out;
    ucsdet_setText(det, bytes.constData(), qMin<qsizetype>(bytes.size(), 1 << 20), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &count, &status);
    for (int i = 0; U_SUCCESS(status) && i < count && i < 4; ++i) {
        UErrorCode s2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s2);
        if (U_SUCCESS(s2) && name) {
            const QString canonical = canonicalEncoding(QByteArray(name));
            if (!canonical.isEmpty() && !out.contains(canonical))
                out << canonical;
        }
    }
    ucsdet_close(det);
    return out;
}

Candidate tryEncoding(const QByteArray &bytes, const QString &encoding)
{
    Candidate c;
    c.encoding = encoding;
    if (!icuDecode(bytes, encoding, &c.text, &c.errors)) {
        c.plausibility = -100;
        return c;
    }
    const double errorRatio = c.text.isEmpty() ? 1.0 : double(c.errors) / double(c.text.size());
    c.plausibility = plausibility(c.text) - 10.0 * errorRatio;
    return c;
}

QString stripBomChar(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

QString canonicalEncoding(const QByteArray &label)
{
    const QByteArray l = label.trimmed().toLower();
    if (l.isEmpty()) return {};
    if (l == "utf-8" || l == "utf8" || l == "us-ascii" || l == "ascii") return QStringLiteral("UTF-8");
    if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb18030" || l == "cp936" || l == "ms936" ||
        l == "euc-cn" || l == "windows-936" || l == "hz-gb-2312")
        return QStringLiteral("GB18030");
    if (l == "big5" || l == "big5-hkscs" || l == "x-x-big5" || l == "cp950" || l == "windows-950")
        return QStringLiteral("Big5");
    if (l == "utf-16le") return QStringLiteral("UTF-16LE");
    if (l == "utf-16be") return QStringLiteral("UTF-16BE");
    if (l == "utf-16") return QStringLiteral("UTF-16LE");
    if (l == "utf-32le") return QStringLiteral("UTF-32LE");
    if (l == "utf-32be") return QStringLiteral("UTF-32BE");
    return {};
}

DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    DecodedText out;
    if (bytes.isEmpty()) {
        out.error = QCoreApplication::translate("Import", "empty file");
        return out;
    }
    // Byte order marks decide at once.
    struct Bom { const char *bytes; int len; const char *enc; };
    static const Bom boms[] = {
        {"\xFF\xFE\x00\x00", 4, "UTF-32LE"}, {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
        {"\xEF\xBB\xBF", 3, "UTF-8"}, {"\xFF\xFE", 2, "UTF-16LE"}, {"\xFE\xFF", 2, "UTF-16BE"}};
    for (const Bom &b : boms) {
        if (bytes.startsWith(QByteArray::fromRawData(b.bytes, b.len))) {
            Candidate c = tryEncoding(bytes.mid(b.len), QString::fromLatin1(b.enc));
            if (c.errors > qMax<qsizetype>(2, c.text.size() / 1000)) {
                out.error = QCoreApplication::translate("Import", "undecodable bytes: %1 errors in %2 text after its byte order mark")
                                .arg(c.errors).arg(QString::fromLatin1(b.enc));
                return out;
            }
            out.text = stripBomChar(c.text);
            out.encoding = QString::fromLatin1(b.enc);
            return out;
        }
    }
    const bool nul = hasNul(bytes);
    if (!nul && isValidUtf8(bytes)) {
        out.text = QString::fromUtf8(bytes);
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }
    QStringList tried;
    QVector<Candidate> candidates;
    auto consider = [&](const QString &enc) {
        if (enc.isEmpty() || tried.contains(enc) || enc == QLatin1String("UTF-8"))
            return;
        tried << enc;
        candidates << tryEncoding(bytes, enc);
    };
    const QString declared = canonicalEncoding(declaredCharset);
    if (!declared.isEmpty() && declared != QLatin1String("UTF-8")) {
        Candidate c = tryEncoding(bytes, declared);
        if (c.errors <= qMax<qsizetype>(2, c.text.size() / 2000) && c.plausibility > 0.3) {
            out.text = stripBomChar(c.text);
            out.encoding = declared;
            return out;
        }
        candidates << c;
        tried << declared;
    }
    // UTF-16 without a BOM shows itself by decoding cleanly into plausible text.
    if (bytes.size() % 2 == 0) {
        consider(QStringLiteral("UTF-16LE"));
        consider(QStringLiteral("UTF-16BE"));
    }
    if (!nul) {
        consider(QStringLiteral("GB18030"));
        consider(QStringLiteral("Big5"));
        // Clean, plainly Chinese text in one of them settles it; statistics only for the rest.
        bool settled = false;
        for (const Candidate &c : candidates)
            if (c.errors == 0 && c.plausibility >= 0.9 && c.text.size() >= 64)
                settled = true;
        if (!settled)
            for (const QString &g : icuGuesses(bytes))
                consider(g);
    }
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates)
        if (!best || c.plausibility > best->plausibility)
            best = &c;
    if (!best || best->plausibility < 0.5) {
        if (nul || !best || best->plausibility < -1.0)
            out.error = nul ? QCoreApplication::translate("Import", "binary file: contains NUL bytes and decodes to no text")
                            : QStringLiteral("undecodable bytes: not UTF-8, GB18030, Big5 or UTF-16 text");
        else
            out.error = QCoreApplication::translate("Import", "undecodable bytes: best guess %1 gives implausible text").arg(best->encoding);
        return out;
    }
    out.text = stripBomChar(best->text);
    out.encoding = best->encoding;
    return out;
}

QByteArray encodeText(const QString &text, const QString &encoding, bool withBom)
{
    if (encoding == QLatin1String("UTF-8")) {
        QByteArray b = text.toUtf8();
        return withBom ? QByteArray("\xEF\xBB\xBF") + b : b;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(
        ucnv_open(encoding.toLatin1().constData(), &status), &ucnv_close);
    if (U_FAILURE(status))
        return {};
    QByteArray out(text.size() * 4 + 8, Qt::Uninitialized);
    int32_t n = ucnv_fromUChars(conv.get(), out.data(), out.size(),
                                reinterpret_cast<const UChar *>(text.constData()), text.size(), &status);
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING)
        return {};
    out.resize(n);
    if (withBom) {
        if (encoding == QLatin1String("UTF-16LE")) out.prepend("\xFF\xFE", 2);
        else if (encoding == QLatin1String("UTF-16BE")) out.prepend("\xFE\xFF", 2);
    }
    return out;
}

} // namespace fz
