package org.coopsuite.platform.test;

/** Puts a database into a MongoDB connection string that has none, keeping its options. */
final class MongoUris {

    private MongoUris() {
    }

    static String withDatabase(String connectionString, String database) {
        int query = connectionString.indexOf('?');
        String hosts = query < 0 ? connectionString : connectionString.substring(0, query);
        String options = query < 0 ? "" : connectionString.substring(query);
        String withoutSlash = hosts.endsWith("/") ? hosts.substring(0, hosts.length() - 1) : hosts;
        return withoutSlash + "/" + database + options;
    }
}
