chipline_add_test(tst_database SOURCES tst_database.cpp LIBS chipline_storage)
# Schema 14: CHECK lists that build no temporary table, and the upgrade that rewrites them.
chipline_add_test(tst_schemachecks SOURCES tst_schemachecks.cpp LIBS chipline_storage)
chipline_add_test(tst_articlestore SOURCES tst_articlestore.cpp LIBS chipline_storage)
chipline_add_test(tst_searchquery SOURCES tst_searchquery.cpp LIBS chipline_storage)
chipline_add_test(tst_searchscan SOURCES tst_searchscan.cpp LIBS chipline_storage)
chipline_add_test(tst_eventstore SOURCES tst_eventstore.cpp eventstorefixture.h LIBS chipline_storage)
chipline_add_test(tst_eventclustering SOURCES tst_eventclustering.cpp eventstorefixture.h LIBS chipline_storage)
chipline_add_test(tst_eventclusterindex SOURCES tst_eventclusterindex.cpp LIBS chipline_storage)
chipline_add_test(tst_searchindex SOURCES tst_searchindex.cpp LIBS chipline_storage)
chipline_add_test(tst_databasesafety SOURCES tst_databasesafety.cpp LIBS chipline_storage)
chipline_add_test(tst_connectionsettings SOURCES tst_connectionsettings.cpp LIBS chipline_storage)
# Statement and Savepoint; KwicQuery, EntityQuery and SearchIndexer (issue 16).
chipline_add_test(tst_statement SOURCES tst_statement.cpp LIBS chipline_storage)
chipline_add_test(tst_storagequeries SOURCES tst_storagequeries.cpp LIBS chipline_storage)
# Backup::copyPages gives up on a database another connection keeps locked (issue 16).
chipline_add_test(tst_backupbusy SOURCES tst_backupbusy.cpp LIBS chipline_storage)
