package io.drkit.workflows.tasks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Task resource ARNs: Lambda functions (legacy ARN) and service integrations ({@code arn:aws:states:::}). */
public final class Resources {

  public static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
  private static final Pattern FUNCTION_ARN =
      Pattern.compile("^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)(?::[^:]+)?$");
  private static final Pattern INTEGRATION = Pattern.compile("^arn:[^:]+:states:::([^:]+):(.+)$");

  private Resources() {}

  /** The function name of a Lambda function ARN, or of a plain function name. */
  public static Optional<String> functionName(String resourceOrName) {
    Matcher matcher = FUNCTION_ARN.matcher(resourceOrName);
    if (matcher.matches()) {
      return Optional.of(matcher.group(1));
    }
    if (!resourceOrName.startsWith("arn:") && !resourceOrName.isBlank()) {
      return Optional.of(resourceOrName.split(":")[0]);
    }
    return Optional.empty();
  }

  public static boolean isLegacyLambda(String resource) {
    return FUNCTION_ARN.matcher(resource).matches();
  }

  public static boolean isLambdaInvoke(String resource) {
    return resource.equals(LAMBDA_INVOKE) || resource.startsWith(LAMBDA_INVOKE + ".");
  }

  /** For {@code arn:aws:states:::sqs:sendMessage}: "sqs" and "sendMessage"; a Lambda ARN: "lambda" and "invoke". */
  public static String[] typeAndAction(String resource) {
    Matcher matcher = INTEGRATION.matcher(resource);
    if (matcher.matches()) {
      return new String[] {matcher.group(1), matcher.group(2)};
    }
    return new String[] {"lambda", "invoke"};
  }
}
