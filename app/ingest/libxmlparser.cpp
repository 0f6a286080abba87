#include "ingest/libxmlparser.h"

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <mutex>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {
void initLibXmlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}
} // namespace

LibXmlParser::LibXmlParser(Kind kind)
    : m_kind(kind)
{
    initLibXmlOnce();
    m_ctxt = kind == Kind::Html ? htmlNewParserCtxt() : xmlNewParserCtxt();
    if (m_ctxt) {
        m_ctxt->_private = this;
        if (m_ctxt->sax)
            m_ctxt->sax->serror = &LibXmlParser::onError;
    }
}

LibXmlParser::~LibXmlParser()
{
    if (!m_ctxt)
        return;
    if (m_kind == Kind::Html)
        htmlFreeParserCtxt(m_ctxt);
    else
        xmlFreeParserCtxt(m_ctxt);
}

void LibXmlParser::refuseEntityDeclarations()
{
    if (m_ctxt && m_ctxt->sax)
        m_ctxt->sax->entityDecl = &LibXmlParser::onEntityDecl;
}

XmlDocPtr LibXmlParser::parse(QByteArrayView bytes, const char *encoding, int options)
{
    if (!m_ctxt) {
        record(0, tr("out of memory"));
        return nullptr;
    }
    const int size = int(qMin<qsizetype>(bytes.size(), INT_MAX));
    xmlDocPtr doc = m_kind == Kind::Html ? htmlCtxtReadMemory(m_ctxt, bytes.data(), size, nullptr, encoding, options)
                                         : xmlCtxtReadMemory(m_ctxt, bytes.data(), size, nullptr, encoding, options);
    // A stopped parse (refused entity) may still hand back a partial tree.
    if (failed() && m_kind == Kind::Xml) {
        xmlFreeDoc(doc);
        return nullptr;
    }
    if (!doc && !failed())
        record(0, lastMessage().isEmpty() ? tr("no document") : lastMessage());
    return XmlDocPtr(doc);
}

QString LibXmlParser::lastMessage() const
{
    if (!m_ctxt || !m_ctxt->lastError.message)
        return {};
    return QString::fromUtf8(m_ctxt->lastError.message).trimmed();
}

void LibXmlParser::onError(void *, xmlErrorPtr error)
{
    // The data pointer libxml2 2.9 passes is not always the context; the error carries it.
    // Only fatal errors count: namespace and validity errors leave a usable tree (a feed
    // that forgot xmlns:dc is still a feed).
    if (!error || !error->ctxt || error->level < XML_ERR_FATAL)
        return;
    auto *ctxt = static_cast<xmlParserCtxtPtr>(error->ctxt);
    auto *self = static_cast<LibXmlParser *>(ctxt->_private);
    if (self && self->m_kind == Kind::Xml)
        self->record(error->line, QString::fromUtf8(error->message ? error->message : "error").trimmed());
}

void LibXmlParser::onEntityDecl(void *ctx, const xmlChar *name, int, const xmlChar *, const xmlChar *, xmlChar *)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    auto *self = static_cast<LibXmlParser *>(ctxt->_private);
    const int line = ctxt->input ? ctxt->input->line : 0;
    if (self) {
        self->record(line,
                     tr("the document declares the entity \"%1\"; entity declarations are refused "
                        "(they can expand to gigabytes)")
                         .arg(QString::fromUtf8(reinterpret_cast<const char *>(name))));
    }
    xmlStopParser(ctxt);
}

void LibXmlParser::record(int line, const QString &message)
{
    if (m_errorLine >= 0)
        return;
    m_errorLine = line;
    m_errorMessage = message;
}

} // namespace chipline::ingest
