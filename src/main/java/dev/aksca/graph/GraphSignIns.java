package dev.aksca.graph;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Reads auditLogs/signIns with a server-side filter, following every page. */
final class GraphSignIns {

    static final int PAGE_SIZE = 1000;
    // Without it Graph reports report-only results as unknownFutureValue (contract section 1).
    static final String PREFER = "include-unknown-enum-members";
    private static final String[] SELECT = {"id", "createdDateTime", "userPrincipalName", "userId", "appId",
        "conditionalAccessStatus", "appliedConditionalAccessPolicies", "deviceDetail", "status"};

    private GraphSignIns() {
    }

    static String filter(SignInQuery query) {
        StringBuilder filter = new StringBuilder("appId eq ").append(ODataLiterals.quote(query.appId()));
        if (query.userId() != null) {
            filter.append(" and userId eq ").append(ODataLiterals.quote(query.userId()));
        }
        if (query.userPrincipalName() != null) {
            filter.append(" and userPrincipalName eq ").append(ODataLiterals.quote(query.userPrincipalName()));
        }
        filter.append(" and createdDateTime ge ")
                .append(DateTimeFormatter.ISO_INSTANT.format(query.from().withOffsetSameInstant(ZoneOffset.UTC)));
        return filter.toString();
    }

    static List<SignInRecord> read(GraphServiceClient client, SignInQuery query) {
        String url = new ODataQuery(client.getRequestAdapter(), "/auditLogs/signIns")
                .option("filter", filter(query))
                .option("select", SELECT)
                .option("top", String.valueOf(PAGE_SIZE))
                .url();
        return SignInReader.PAGES.readAll(client.getRequestAdapter(), url, next -> client.auditLogs().signIns()
                .withUrl(next).toGetRequestInformation(request -> request.headers.add("Prefer", PREFER)),
                SignInReader::read);
    }
}
