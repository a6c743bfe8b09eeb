package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.domain.reference.PhoneNumberType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "phone_numbers")
public class PhoneNumberEntity extends AccountOwnedEntity {

    @Column(name = "phone_number")
    private String phoneNumber;

    @Column(name = "country_code")
    private String countryCode;

    @Column(name = "type")
    private String type;

    @Column(name = "nickname")
    private String nickname;

    @Column(name = "sms_capable")
    private Boolean smsCapable;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    public String getNickname() {
        return nickname;
    }

    public boolean isSmsCapable() {
        return Boolean.TRUE.equals(smsCapable);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public PhoneNumberType getType() {
        return StoredCode.parse(PhoneNumberType.class, type);
    }
}
