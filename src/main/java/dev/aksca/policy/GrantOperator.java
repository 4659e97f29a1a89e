package dev.aksca.policy;

/** Whether all ({@code AND}) or one ({@code OR}) of the grant controls must be satisfied. */
public enum GrantOperator {
    AND, OR
}
