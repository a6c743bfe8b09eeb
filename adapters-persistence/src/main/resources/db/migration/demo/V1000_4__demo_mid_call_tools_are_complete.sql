-- The demo tools become tools the API accepts as they are: names the model can call, endpoints with
-- their parameters. Example hosts only: nothing is ever called in the demo.
UPDATE mid_call_tools SET name = 'check_order_status', description = 'Looks up an order by its number',
    endpoint = 'https://api.example.com/orders/{order_number}', method = 'GET', timeout = 10, headers = '[]',
    parameters = '[{"name":"order_number","type":"string","description":"The order number the caller gives"}]'
    WHERE id = 1;
UPDATE mid_call_tools SET name = 'create_support_ticket', description = 'Opens a ticket in the help desk',
    endpoint = 'https://helpdesk.example.com/tickets', method = 'POST', timeout = 15,
    headers = '[{"name":"X-Api-Key","value":"demo-helpdesk-key"}]',
    parameters = '[{"name":"subject","type":"string","description":"What the caller needs help with"},{"name":"urgent","type":"boolean","description":"Whether the caller says it cannot wait"}]'
    WHERE id = 2;
UPDATE mid_call_tools SET name = 'check_appointment', description = 'Finds the caller''s next appointment',
    endpoint = 'https://clinic.example.com/appointments?phone={phone}', method = 'GET', timeout = 10, headers = '[]',
    parameters = '[{"name":"phone","type":"string","description":"The caller''s phone number"}]'
    WHERE id = 3;
UPDATE mid_call_tools SET name = 'send_sms', description = 'Texts the caller a confirmation',
    endpoint = 'https://sms.example.com/messages', method = 'POST', timeout = 5,
    headers = '[{"name":"Authorization","value":"Bearer demo-sms-token"}]',
    parameters = '[{"name":"to","type":"string","description":"The number to text"},{"name":"text","type":"string","description":"The message to send"}]'
    WHERE id = 4;
ALTER SEQUENCE mid_call_tools_id_sequence RESTART WITH 5;
