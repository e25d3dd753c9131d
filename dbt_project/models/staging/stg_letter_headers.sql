select * from {{ source('raw', 'letter_headers') }}
