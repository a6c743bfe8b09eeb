package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.PhoneNumberValidator;
import ai.assistants.domain.validation.constraint.Rule;
import ai.assistants.domain.validation.constraint.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

public class SupervisorPhoneFormatValidator implements ConstraintValidator<SupervisorPhoneFormat, WarmCallTransferTool> {

    private static final int MAX_SIP_LENGTH = 255;
    // sip:user@host, sips:user@host, user@host, or a bare extension of digits, * and #.
    private static final Pattern SIP_ADDRESS = Pattern.compile("(?:sips?:)?[^\\s@:]+@[^\\s@]+|sips?:[^\\s@]+|[0-9*#]{1,15}");

    @Override
    public boolean isValid(WarmCallTransferTool tool, ConstraintValidatorContext context) {
        if (tool == null || Text.isMissing(tool.supervisorPhone())) {
            return true;
        }
        String phone = tool.supervisorPhone();
        boolean sip = Boolean.TRUE.equals(tool.customSip());
        if (PhoneNumberValidator.isE164(phone) || sip && isSipAddress(phone)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String template = sip ? Rule.FORMAT.template() : Rule.PHONE.template();
        context.buildConstraintViolationWithTemplate(template).addPropertyNode("supervisorPhone").addConstraintViolation();
        return false;
    }

    private static boolean isSipAddress(String phone) {
        return phone.length() <= MAX_SIP_LENGTH && SIP_ADDRESS.matcher(phone).matches();
    }
}
