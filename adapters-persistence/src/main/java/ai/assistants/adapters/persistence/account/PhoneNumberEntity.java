package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.domain.reference.PhoneNumberType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "phone_numbers")
public class PhoneNumberEntity extends AccountOwnedEntity {

    @Column(name = "phone_number")
    private String phoneNumber;

    @Column(name = "country_code")
    private String countryCode;

    @Column(name = "type")
    private String type;

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
