package dev.aksca.graph;

import com.microsoft.graph.models.AppliedConditionalAccessPolicy;
import com.microsoft.graph.models.SignIn;
import com.microsoft.graph.models.SignInCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<SignInRecord> records = new ArrayList<>();
        String next = new ODataQuery(client.getRequestAdapter(), "/auditLogs/signIns")
                .option("filter", filter(query))
                .option("select", SELECT)
                .option("top", String.valueOf(PAGE_SIZE))
                .url();
        while (next != null) {
            SignInCollectionResponse page =
                    client.auditLogs().signIns().withUrl(next).get(request -> request.headers.add("Prefer", PREFER));
            if (page == null) {
                break;
            }
            if (page.getValue() != null) {
                page.getValue().forEach(signIn -> records.add(record(signIn)));
            }
            next = page.getOdataNextLink();
        }
        return records;
    }

    private static SignInRecord record(SignIn signIn) {
        Map<String, String> results = new LinkedHashMap<>();
        if (signIn.getAppliedConditionalAccessPolicies() != null) {
            for (AppliedConditionalAccessPolicy applied : signIn.getAppliedConditionalAccessPolicies()) {
                if (applied.getId() != null) {
                    results.put(applied.getId(), applied.getResult() == null ? "unknown" : applied.getResult().getValue());
                }
            }
        }
        Integer errorCode = signIn.getStatus() == null ? null : signIn.getStatus().getErrorCode();
        return new SignInRecord(signIn.getId(), signIn.getCreatedDateTime(), signIn.getUserPrincipalName(),
                signIn.getConditionalAccessStatus() == null ? null : signIn.getConditionalAccessStatus().getValue(),
                results,
                signIn.getDeviceDetail() == null ? null : signIn.getDeviceDetail().getIsCompliant(),
                errorCode == null ? 0 : errorCode,
                signIn.getStatus() == null ? null : signIn.getStatus().getFailureReason());
    }
}
