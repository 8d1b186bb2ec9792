package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one result line of an input row: ok, not_found or error, as the JSON the contract fixes. */
public record RowResult(int row, String status, String party, String reason, ObjectNode json) {}
