#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

namespace chipline::ingest {

struct XmlDocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// One libxml2 parse with its own context, so that worker threads never share parser state
// and no global error handler is touched. Errors go to a per-context handler instead of
// stderr; the first one is kept for the message shown to the user.
class LibXmlParser final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::LibXmlParser)
    Q_DISABLE_COPY_MOVE(LibXmlParser)

public:
    enum class Kind {
        Html,
        Xml
    };

    explicit LibXmlParser(Kind kind);
    ~LibXmlParser();

    // Refuse DTD entity declarations: the parse stops at the first one (entity-expansion
    // bombs, external entities). XML only.
    void refuseEntityDeclarations();

    // bytes must stay alive during the call; encoding may be null to let libxml2 decide.
    XmlDocPtr parse(QByteArrayView bytes, const char *encoding, int options);

    bool failed() const { return m_errorLine >= 0; }
    int errorLine() const { return m_errorLine; }
    const QString &errorMessage() const { return m_errorMessage; }
    // The last error libxml2 recorded even when it was not fatal (HTML recovers from all).
    QString lastMessage() const;

private:
    static void onError(void *data, xmlErrorPtr error);
    static void onEntityDecl(void *ctx, const xmlChar *name, int type, const xmlChar *publicId, const xmlChar *systemId,
                             xmlChar *content);
    void record(int line, const QString &message);

    Kind m_kind;
    xmlParserCtxtPtr m_ctxt = nullptr;
    int m_errorLine = -1;
    QString m_errorMessage;
};

} // namespace chipline::ingest
